package org.uca.adapter.persistence;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import org.uca.application.port.out.MachineCredentials;

/** The {@code machine_credential} table, in the unit of work (so a creation and its audit entry commit together). */
final class JpaMachineCredentials implements MachineCredentials {

    private final JpaUnitOfWork unitOfWork;

    JpaMachineCredentials(JpaUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void add(MachineCredential credential, String secretHash) {
        unitOfWork.inTransaction(() -> {
            unitOfWork.em().persist(new MachineCredentialJpaEntity(credential, secretHash));
            return null;
        });
    }

    @Override
    public Seq<MachineCredential> all() {
        return unitOfWork.inTransaction(() -> List.ofAll(unitOfWork.em().createQuery(
                "select c from MachineCredentialJpaEntity c order by c.createdAt desc, c.id",
                MachineCredentialJpaEntity.class).getResultList()).flatMap(MachineCredentialJpaEntity::toCredential));
    }

    @Override
    public Option<MachineCredential> find(String id) {
        return unitOfWork.inTransaction(() -> row(id).flatMap(MachineCredentialJpaEntity::toCredential));
    }

    @Override
    public Option<MachineCredential> active(String secretHash) {
        if (secretHash == null || secretHash.length() > MachineCredentialJpaEntity.MAX_HASH) {
            return Option.none();
        }
        return unitOfWork.inTransaction(() -> List.ofAll(unitOfWork.em().createQuery(
                        "select c from MachineCredentialJpaEntity c where c.secretHash = :hash and c.revokedAt is null",
                        MachineCredentialJpaEntity.class).setParameter("hash", secretHash).getResultList())
                .headOption().flatMap(MachineCredentialJpaEntity::toCredential));
    }

    @Override
    public void revoke(String id, Instant at) {
        unitOfWork.inTransaction(() -> row(id).peek(c -> c.revoke(at)));
    }

    @Override
    public void used(String id, Instant at) {
        unitOfWork.inTransaction(() -> row(id).peek(c -> c.used(at)));
    }

    private Option<MachineCredentialJpaEntity> row(String id) {
        if (id == null || id.length() > MachineCredentialJpaEntity.MAX_ID) {
            return Option.none();
        }
        return unitOfWork.find(MachineCredentialJpaEntity.class, id);
    }
}

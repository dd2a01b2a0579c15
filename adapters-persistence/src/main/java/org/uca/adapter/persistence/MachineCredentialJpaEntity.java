package org.uca.adapter.persistence;

import io.vavr.control.Option;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.uca.application.port.out.MachineCredentials.MachineCredential;
import org.uca.application.port.out.MachineCredentials.Scope;
import org.uca.domain.people.StaffId;

/** A machine client credential (V17), kept by the hash of its secret only. */
@Entity
@Table(name = "machine_credential")
final class MachineCredentialJpaEntity {

    static final int MAX_ID = 16;
    static final int MAX_HASH = 64;
    static final int MAX_NAME = 100;

    @Id
    @Column(name = "id", length = MAX_ID)
    private String id;

    @Column(name = "secret_hash", nullable = false, length = MAX_HASH)
    private String secretHash;

    @Column(name = "name", nullable = false, length = MAX_NAME)
    private String name;

    @Column(name = "scope", nullable = false, length = 40)
    private String scope;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = StaffJpaEntity.MAX_ID)
    private String createdBy;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected MachineCredentialJpaEntity() {
    }

    MachineCredentialJpaEntity(MachineCredential credential, String secretHash) {
        this.id = StoredValues.fit("id", credential.id(), MAX_ID);
        this.secretHash = StoredValues.fit("secret", secretHash, MAX_HASH);
        this.name = StoredValues.fit("name", credential.name(), MAX_NAME);
        this.scope = credential.scope().name();
        this.createdAt = credential.createdAt();
        this.createdBy = StoredValues.fit("createdBy", credential.createdBy().value(), StaffJpaEntity.MAX_ID);
        this.revokedAt = credential.revokedAt().getOrNull();
        this.lastUsedAt = credential.lastUsedAt().getOrNull();
    }

    void revoke(Instant at) {
        revokedAt = at;
    }

    void used(Instant at) {
        lastUsedAt = at;
    }

    /** The credential, or none if its scope is one this version does not know (no scope is no access). */
    Option<MachineCredential> toCredential() {
        return Option.ofOptional(java.util.Arrays.stream(Scope.values()).filter(s -> s.name().equals(scope))
                .findFirst()).map(known -> new MachineCredential(id, name, known, createdAt, new StaffId(createdBy),
                Option.of(revokedAt), Option.of(lastUsedAt)));
    }
}

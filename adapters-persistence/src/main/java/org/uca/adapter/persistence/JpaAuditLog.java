package org.uca.adapter.persistence;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.uca.application.port.out.AuditLog;
import org.uca.domain.cases.CaseId;

/** The audit log table: appended to in the command's own transaction; the database refuses UPDATE and DELETE. */
final class JpaAuditLog implements AuditLog {

    private final JpaUnitOfWork unitOfWork;

    JpaAuditLog(JpaUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void append(Entry entry) {
        AuditJpaEntity row = new AuditJpaEntity(entry);
        unitOfWork.inTransaction(() -> {
            unitOfWork.em().persist(row);
            return null;
        });
    }

    @Override
    public Seq<Entry> forCase(CaseId caseId) {
        return unitOfWork.inTransaction(() -> List.ofAll(unitOfWork.em()
                .createQuery("select a from AuditJpaEntity a where a.caseId = :caseId order by a.id",
                        AuditJpaEntity.class)
                .setParameter("caseId", caseId.value())
                .getResultList()).map(AuditJpaEntity::toEntry));
    }

    @Override
    public long count() {
        return unitOfWork.inTransaction(() -> unitOfWork.em()
                .createQuery("select count(a) from AuditJpaEntity a", Long.class).getSingleResult());
    }
}

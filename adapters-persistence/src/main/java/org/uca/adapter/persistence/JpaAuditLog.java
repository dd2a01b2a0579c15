package org.uca.adapter.persistence;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import org.uca.application.port.out.AuditLog;
import org.uca.application.port.out.Page;
import org.uca.domain.cases.CaseId;
import org.uca.domain.people.ResidentId;

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

    /** Two statements: the page, and how many there are in all. */
    @Override
    public Page<Entry> aboutCase(CaseId caseId, ResidentId resident, int page, int size) {
        String about = " from AuditJpaEntity a where a.caseId = :caseId"
                + " or (a.caseId is null and a.residentId = :resident)";
        return unitOfWork.inTransaction(() -> {
            Seq<Entry> items = List.ofAll(unitOfWork.em()
                    .createQuery("select a" + about + " order by a.id desc", AuditJpaEntity.class)
                    .setParameter("caseId", caseId.value())
                    .setParameter("resident", resident.value())
                    .setFirstResult((int) Math.min(Integer.MAX_VALUE, Page.offset(page, size)))
                    .setMaxResults(size)
                    .getResultList()).map(AuditJpaEntity::toEntry);
            long total = unitOfWork.em().createQuery("select count(a)" + about, Long.class)
                    .setParameter("caseId", caseId.value())
                    .setParameter("resident", resident.value())
                    .getSingleResult();
            return new Page<>(items, page, size, total);
        });
    }

    @Override
    public long count() {
        return unitOfWork.inTransaction(() -> unitOfWork.em()
                .createQuery("select count(a) from AuditJpaEntity a", Long.class).getSingleResult());
    }
}

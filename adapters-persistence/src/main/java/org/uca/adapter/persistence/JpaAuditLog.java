package org.uca.adapter.persistence;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.uca.application.port.out.AuditLog;
import org.uca.application.port.out.Page;
import org.uca.domain.cases.CaseId;
import org.uca.domain.people.ResidentId;

/** The audit log table: appended to in the command's own transaction; the database refuses UPDATE and DELETE. */
final class JpaAuditLog implements AuditLog {

    /**
     * The entries about a case: on it, or made without a case about its resident, by their reference (one value
     * for the statement, found by the primary key of resident_reference).
     */
    static final String ABOUT = " from AuditJpaEntity a where a.caseId = :caseId or (a.caseId is null"
            + " and a.residentRef = (select r.reference from ResidentReferenceJpaEntity r where r.residentId = :resident))";

    private final JpaUnitOfWork unitOfWork;
    private final ResidentReferences references;

    JpaAuditLog(JpaUnitOfWork unitOfWork, ResidentReferences references) {
        this.unitOfWork = unitOfWork;
        this.references = references;
    }

    @Override
    public void append(Entry entry) {
        unitOfWork.inTransaction(() -> {
            // A reference too long for any resident names none (the why says what was asked); a failure is still
            // audited.
            String residentRef = entry.resident().filter(r -> r.value().length() <= ResidentJpaEntity.MAX_ID)
                    .map(r -> references.referenceFor(unitOfWork.em(), r)).getOrNull();
            unitOfWork.em().persist(new AuditJpaEntity(entry, residentRef));
            return null;
        });
    }

    @Override
    public Seq<Entry> forCase(CaseId caseId) {
        return unitOfWork.inTransaction(() -> List.ofAll(unitOfWork.em()
                .createQuery("select a from AuditJpaEntity a where a.caseId = :caseId order by a.id",
                        AuditJpaEntity.class)
                .setParameter("caseId", caseId.value())
                .getResultList()).map(a -> a.toEntry(Option.none())));
    }

    /** Two statements: the page, and how many there are in all. */
    @Override
    public Page<Entry> aboutCase(CaseId caseId, ResidentId resident, int page, int size) {
        String about = ABOUT;
        return unitOfWork.inTransaction(() -> {
            Seq<Entry> items = List.ofAll(unitOfWork.em()
                    .createQuery("select a" + about + " order by a.id desc", AuditJpaEntity.class)
                    .setParameter("caseId", caseId.value())
                    .setParameter("resident", resident.value())
                    .setFirstResult((int) Math.min(Integer.MAX_VALUE, Page.offset(page, size)))
                    .setMaxResults(size)
                    .getResultList()).map(a -> a.toEntry(Option.some(resident)));
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

package org.uca.adapter.persistence;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.UUID;
import org.uca.application.port.out.AccessLog;
import org.uca.application.port.out.Page;
import org.uca.domain.cases.CaseId;
import org.uca.domain.people.ResidentId;

/** The access log table: one insert per look; the database refuses UPDATE and DELETE. */
final class JpaAccessLog implements AccessLog {

    /** The looks at a case, or at its resident with no case, by their reference (see {@link JpaAuditLog#ABOUT}). */
    private static final String ABOUT = " from AccessJpaEntity a where a.caseId = :caseId or a.residentRef ="
            + " (select r.reference from ResidentReferenceJpaEntity r where r.residentId = :resident)";

    private final JpaUnitOfWork unitOfWork;
    private final ResidentReferences references;

    JpaAccessLog(JpaUnitOfWork unitOfWork, ResidentReferences references) {
        this.unitOfWork = unitOfWork;
        this.references = references;
    }

    @Override
    public void append(Access access) {
        access.resident().forEach(r -> StoredValues.fit("resident", r.value(), ResidentJpaEntity.MAX_ID));
        unitOfWork.inTransaction(() -> {
            String residentRef = access.resident().map(r -> references.referenceFor(unitOfWork.em(), r)).getOrNull();
            unitOfWork.em().persist(new AccessJpaEntity(access, residentRef));
            return null;
        });
    }

    /** Two statements: the page, and how many there are in all. */
    @Override
    public Page<Access> aboutCase(CaseId caseId, ResidentId resident, int page, int size) {
        return unitOfWork.inTransaction(() -> {
            Seq<Access> items = List.ofAll(unitOfWork.em()
                    .createQuery("select a" + ABOUT + " order by a.id desc", AccessJpaEntity.class)
                    .setParameter("caseId", caseId.value())
                    .setParameter("resident", resident.value())
                    .setFirstResult((int) Math.min(Integer.MAX_VALUE, Page.offset(page, size)))
                    .setMaxResults(size)
                    .getResultList()).map(a -> a.toAccess(resident));
            long total = unitOfWork.em().createQuery("select count(a)" + ABOUT, Long.class)
                    .setParameter("caseId", caseId.value())
                    .setParameter("resident", resident.value())
                    .getSingleResult();
            return new Page<>(items, page, size, total);
        });
    }

    @Override
    public Seq<Access> aboutResident(ResidentId resident, Option<CaseId> theirCase) {
        return unitOfWork.inTransaction(() -> List.ofAll(unitOfWork.em()
                .createQuery("select a" + ABOUT + " order by a.id", AccessJpaEntity.class)
                // no case: a case id no case has, so only the lines naming the resident match
                .setParameter("caseId", theirCase.map(CaseId::value).getOrElse(new UUID(0, 0)))
                .setParameter("resident", resident.value())
                .getResultList()).map(a -> a.toAccess(resident)));
    }
}

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

    private static final String ABOUT = " from AccessJpaEntity a where a.caseId = :caseId or a.residentId = :resident";

    private final JpaUnitOfWork unitOfWork;

    JpaAccessLog(JpaUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void append(Access access) {
        AccessJpaEntity row = new AccessJpaEntity(access);
        unitOfWork.inTransaction(() -> {
            unitOfWork.em().persist(row);
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
                    .getResultList()).map(AccessJpaEntity::toAccess);
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
                .getResultList()).map(AccessJpaEntity::toAccess));
    }
}

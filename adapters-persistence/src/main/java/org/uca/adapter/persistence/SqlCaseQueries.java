package org.uca.adapter.persistence;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.UUID;
import org.uca.application.port.out.CaseQueries;
import org.uca.domain.cases.AppealId;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;

/** The questions across cases, each one query over the projections, never by loading cases. */
final class SqlCaseQueries implements CaseQueries {

    private final JpaUnitOfWork unitOfWork;

    SqlCaseQueries(JpaUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Seq<RestrictedResident> residentsWithRestrictionsInForce() {
        return unitOfWork.inTransaction(() -> List.ofAll(unitOfWork.em().createQuery(
                        "select c.residentId, c.id, count(d), min(d.reviewDate)"
                                + " from DecisionJpaEntity d join CaseJpaEntity c on c.id = d.caseId"
                                + " where d.status = 'IN_FORCE'"
                                + " group by c.residentId, c.id order by c.residentId", Object[].class)
                .getResultList())
                .map(r -> new RestrictedResident(new ResidentId((String) r[0]), new CaseId((UUID) r[1]),
                        ((Number) r[2]).intValue(), (LocalDate) r[3])));
    }

    @Override
    public Seq<AppealDue> appealsDueBy(LocalDate date) {
        return unitOfWork.inTransaction(() -> List.ofAll(unitOfWork.em().createQuery(
                        "select a.caseId, c.residentId, a.number, a.decision, a.received, a.dueBy, a.reviewLevel,"
                                + " d.authorisedBy"
                                + " from AppealJpaEntity a join CaseJpaEntity c on c.id = a.caseId"
                                + " join DecisionJpaEntity d on d.caseId = a.caseId and d.number = a.decision"
                                // an appeal against a decision since entered in error awaits no decision
                                + " where a.decided = false and d.status <> 'ENTERED_IN_ERROR' and a.dueBy <= :date"
                                + " order by a.dueBy, c.residentId, a.number", Object[].class)
                .setParameter("date", date)
                .getResultList())
                .map(r -> new AppealDue(new CaseId((UUID) r[0]), new ResidentId((String) r[1]),
                        new AppealId((Integer) r[2]), new DecisionId((Integer) r[3]), (LocalDate) r[4],
                        (LocalDate) r[5], AuthorityLevel.valueOf((String) r[6]), new StaffId((String) r[7]))));
    }

    @Override
    public Seq<ReviewDue> reviewsDueBy(LocalDate date) {
        return unitOfWork.inTransaction(() -> List.ofAll(unitOfWork.em().createQuery(
                        "select d.caseId, c.residentId, d.number, d.reviewDate, d.requiredLevel"
                                + " from DecisionJpaEntity d join CaseJpaEntity c on c.id = d.caseId"
                                + " where d.status = 'IN_FORCE' and d.reviewDate <= :date"
                                + " order by d.reviewDate, c.residentId, d.number", Object[].class)
                .setParameter("date", date)
                .getResultList())
                .map(r -> new ReviewDue(new CaseId((UUID) r[0]), new ResidentId((String) r[1]),
                        new DecisionId((Integer) r[2]), (LocalDate) r[3], AuthorityLevel.valueOf((String) r[4]))));
    }

    @Override
    public Seq<CorrespondenceDue> correspondenceToScreen() {
        return unitOfWork.inTransaction(() -> List.ofAll(unitOfWork.em().createQuery(
                        "select f.caseId, c.residentId, f.number, f.receivedOn, f.screenBy"
                                + " from CorrespondenceJpaEntity f join CaseJpaEntity c on c.id = f.caseId"
                                + " where f.screened = false"
                                + " order by f.screenBy, c.residentId, f.caseId, f.number", Object[].class)
                .getResultList())
                .map(r -> new CorrespondenceDue(new CaseId((UUID) r[0]), new ResidentId((String) r[1]),
                        (Integer) r[2], (LocalDate) r[3], (LocalDate) r[4])));
    }

    @Override
    public Seq<CaseId> casesHoldingInstructionsOn(org.uca.domain.people.Uprn property) {
        return unitOfWork.inTransaction(() -> List.ofAll(unitOfWork.em().createQuery(
                        "select distinct d.caseId from DecisionJpaEntity d"
                                + " where d.status = 'IN_FORCE' and d.propertyUprn = :uprn", UUID.class)
                .setParameter("uprn", property.value())
                .getResultList())
                .map(CaseId::new));
    }

    @Override
    public Seq<CaseId> casesInvolving(StaffId staff) {
        return unitOfWork.inTransaction(() -> List.ofAll(unitOfWork.em().createQuery(
                        "select e.caseId from CaseEventJpaEntity e where e.byStaff = :staff"
                                + " group by e.caseId order by max(e.occurredAt) desc", UUID.class)
                .setParameter("staff", staff.value())
                .getResultList())
                .map(CaseId::new));
    }
}

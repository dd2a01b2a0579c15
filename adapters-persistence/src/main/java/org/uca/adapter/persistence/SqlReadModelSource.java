package org.uca.adapter.persistence;

import io.vavr.Tuple;
import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.UUID;
import org.uca.application.port.out.CaseQueries.AppealDue;
import org.uca.application.port.out.CaseQueries.CorrespondenceDue;
import org.uca.application.port.out.CaseQueries.NoticeRecheckDue;
import org.uca.application.port.out.CaseQueries.ReviewDue;
import org.uca.application.port.out.ReadModelSource;
import org.uca.domain.cases.AppealId;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;

/**
 * The pages' rows, each list one statement over the projections with the directory's names joined in: a page of 50
 * rows, or a case naming 300 members of staff, costs the same statements as one.
 */
final class SqlReadModelSource implements ReadModelSource {

    private final JpaUnitOfWork unitOfWork;

    SqlReadModelSource(JpaUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Seq<WithResidentName<AppealDue>> appealsDueBy(LocalDate date, long offset, int limit) {
        if (limit <= 0 || offset > Integer.MAX_VALUE) {
            return List.empty();
        }
        return unitOfWork.inTransaction(() -> List.ofAll(unitOfWork.em().createQuery(
                        "select a.caseId, c.residentId, r.name, a.number, a.decision, a.received, a.dueBy,"
                                + " a.reviewLevel, d.authorisedBy"
                                + " from AppealJpaEntity a join CaseJpaEntity c on c.id = a.caseId"
                                + " join DecisionJpaEntity d on d.caseId = a.caseId and d.number = a.decision"
                                + " left join ResidentJpaEntity r on r.id = c.residentId"
                                // an appeal against a decision since entered in error awaits no decision
                                + " where a.decided = false and d.status <> 'ENTERED_IN_ERROR' and a.dueBy <= :date"
                                + " order by a.dueBy, c.residentId, a.number", Object[].class)
                .setParameter("date", date)
                .setFirstResult((int) Math.max(0, offset))
                .setMaxResults(limit)
                .getResultList())
                .map(r -> new WithResidentName<>(new AppealDue(new CaseId((UUID) r[0]),
                        new ResidentId((String) r[1]), new AppealId((Integer) r[3]), new DecisionId((Integer) r[4]),
                        (LocalDate) r[5], (LocalDate) r[6], AuthorityLevel.valueOf((String) r[7]),
                        new StaffId((String) r[8])),
                        Option.of((String) r[2]))));
    }

    @Override
    public Seq<WithResidentName<ReviewDue>> reviewsDueBy(LocalDate date, long offset, int limit) {
        if (limit <= 0 || offset > Integer.MAX_VALUE) {
            return List.empty();
        }
        return unitOfWork.inTransaction(() -> List.ofAll(unitOfWork.em().createQuery(
                        "select d.caseId, c.residentId, r.name, d.number, d.reviewDate, d.requiredLevel"
                                + " from DecisionJpaEntity d join CaseJpaEntity c on c.id = d.caseId"
                                + " left join ResidentJpaEntity r on r.id = c.residentId"
                                + " where d.status = 'IN_FORCE' and d.reviewDate <= :date"
                                + " order by d.reviewDate, c.residentId, d.number", Object[].class)
                .setParameter("date", date)
                .setFirstResult((int) Math.max(0, offset))
                .setMaxResults(limit)
                .getResultList())
                .map(r -> new WithResidentName<>(new ReviewDue(new CaseId((UUID) r[0]),
                        new ResidentId((String) r[1]), new DecisionId((Integer) r[3]), (LocalDate) r[4],
                        AuthorityLevel.valueOf((String) r[5])),
                        Option.of((String) r[2]))));
    }

    @Override
    public Seq<WithResidentName<NoticeRecheckDue>> noticesWithheldToRecheckBy(LocalDate date, long offset,
            int limit) {
        if (limit <= 0 || offset > Integer.MAX_VALUE) {
            return List.empty();
        }
        return unitOfWork.inTransaction(() -> List.ofAll(unitOfWork.em().createQuery(
                        "select d.caseId, c.residentId, r.name, d.number, d.noticeRecheckOn"
                                + " from DecisionJpaEntity d join CaseJpaEntity c on c.id = d.caseId"
                                + " left join ResidentJpaEntity r on r.id = c.residentId"
                                + " where d.status <> 'ENTERED_IN_ERROR' and d.noticeRecheckOn <= :date"
                                + " order by d.noticeRecheckOn, c.residentId, d.number", Object[].class)
                .setParameter("date", date)
                .setFirstResult((int) Math.max(0, offset))
                .setMaxResults(limit)
                .getResultList())
                .map(r -> new WithResidentName<>(new NoticeRecheckDue(new CaseId((UUID) r[0]),
                        new ResidentId((String) r[1]), new DecisionId((Integer) r[3]), (LocalDate) r[4]),
                        Option.of((String) r[2]))));
    }

    @Override
    public Seq<WithResidentName<CorrespondenceDue>> correspondenceToScreen(long offset, int limit) {
        if (limit <= 0 || offset > Integer.MAX_VALUE) {
            return List.empty();
        }
        return unitOfWork.inTransaction(() -> List.ofAll(unitOfWork.em().createQuery(
                        "select f.caseId, c.residentId, r.name, f.number, f.receivedOn, f.screenBy"
                                + " from CorrespondenceJpaEntity f join CaseJpaEntity c on c.id = f.caseId"
                                + " left join ResidentJpaEntity r on r.id = c.residentId"
                                + " where f.screened = false"
                                + " order by f.screenBy, c.residentId, f.caseId, f.number", Object[].class)
                .setFirstResult((int) Math.max(0, offset))
                .setMaxResults(limit)
                .getResultList())
                .map(r -> new WithResidentName<>(new CorrespondenceDue(new CaseId((UUID) r[0]),
                        new ResidentId((String) r[1]), (Integer) r[3], (LocalDate) r[4], (LocalDate) r[5]),
                        Option.of((String) r[2]))));
    }

    @Override
    public Seq<CaseStatus> casesInvolving(StaffId staff, long offset, int limit) {
        if (limit <= 0 || offset > Integer.MAX_VALUE) {
            return List.empty();
        }
        return unitOfWork.inTransaction(() -> List.ofAll(unitOfWork.em().createQuery(
                        "select c.id, c.residentId, r.name,"
                                + " (select count(d) from DecisionJpaEntity d"
                                + "  where d.caseId = c.id and d.status = 'IN_FORCE'),"
                                + " (select min(d.reviewDate) from DecisionJpaEntity d"
                                + "  where d.caseId = c.id and d.status = 'IN_FORCE')"
                                + " from CaseEventJpaEntity e join CaseJpaEntity c on c.id = e.caseId"
                                + " left join ResidentJpaEntity r on r.id = c.residentId"
                                + " where e.byStaff = :staff"
                                + " group by c.id, c.residentId, r.name"
                                + " order by max(e.occurredAt) desc, c.id", Object[].class)
                .setParameter("staff", staff.value())
                .setFirstResult((int) Math.max(0, offset))
                .setMaxResults(limit)
                .getResultList())
                .map(r -> new CaseStatus(new CaseId((UUID) r[0]), new ResidentId((String) r[1]),
                        Option.of((String) r[2]), ((Number) r[3]).intValue(), Option.of((LocalDate) r[4]))));
    }

    @Override
    public Map<StaffId, String> staffNames(Set<StaffId> ids) {
        if (ids.isEmpty()) {
            return HashMap.empty();
        }
        // One statement for all of them, however many events and entries name them.
        return unitOfWork.inTransaction(() -> HashMap.ofEntries(List.ofAll(unitOfWork.em().createQuery(
                        "select s.id, s.name from StaffJpaEntity s where s.id in :ids", Object[].class)
                .setParameter("ids", ids.map(StaffId::value).toJavaList())
                .getResultList())
                .map(r -> Tuple.of(new StaffId((String) r[0]), (String) r[1]))));
    }

    /** One statement, as {@link #staffNames}; someone who has left, or whose account is disabled, has no role. */
    @Override
    public Map<StaffId, NameAndRole> staffNamesAndRoles(Set<StaffId> ids) {
        if (ids.isEmpty()) {
            return HashMap.empty();
        }
        return unitOfWork.inTransaction(() -> HashMap.ofEntries(List.ofAll(unitOfWork.em().createQuery(
                        "select s.id, s.name, s.leftOn, a.role, a.disabledAt from StaffJpaEntity s"
                                + " left join AccountJpaEntity a on a.staffId = s.id where s.id in :ids",
                        Object[].class)
                .setParameter("ids", ids.map(StaffId::value).toJavaList())
                .getResultList())
                .map(r -> Tuple.of(new StaffId((String) r[0]), new NameAndRole((String) r[1],
                        r[2] == null && r[4] == null ? AccountJpaEntity.roleFrom((String) r[3]) : Option.none())))));
    }
}

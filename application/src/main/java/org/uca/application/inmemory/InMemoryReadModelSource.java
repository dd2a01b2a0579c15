package org.uca.application.inmemory;

import io.vavr.Tuple;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import org.uca.application.port.out.CaseQueries.AppealDue;
import org.uca.application.port.out.CaseQueries.CorrespondenceDue;
import org.uca.application.port.out.CaseQueries.NoticeRecheckDue;
import org.uca.application.port.out.CaseQueries.ReviewDue;
import org.uca.application.port.out.ReadModelSource;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.CaseEvent;
import org.uca.domain.cases.Decision;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.StaffMember;

/** The pages' rows in memory: the cross-case questions of {@link InMemoryCases}, with the directories' names. */
public final class InMemoryReadModelSource implements ReadModelSource {

    private final InMemoryCases cases;
    private final InMemoryResidentDirectory residents;
    private final InMemoryStaffDirectory staff;

    public InMemoryReadModelSource(InMemoryCases cases, InMemoryResidentDirectory residents,
            InMemoryStaffDirectory staff) {
        this.cases = cases;
        this.residents = residents;
        this.staff = staff;
    }

    @Override
    public Seq<WithResidentName<AppealDue>> appealsDueBy(LocalDate date, long offset, int limit) {
        return cases.appealsDueBy(date)
                .sortBy(a -> a.dueBy() + " " + a.resident().value() + String.format(" %09d", a.appeal().number()))
                .drop(skipped(offset)).take(Math.max(0, limit))
                .map(a -> new WithResidentName<>(a, residents.find(a.resident()).map(Resident::name)));
    }

    @Override
    public Seq<WithResidentName<ReviewDue>> reviewsDueBy(LocalDate date, long offset, int limit) {
        return cases.reviewsDueBy(date)
                .sortBy(r -> r.reviewDate() + " " + r.resident().value() + String.format(" %09d",
                        r.decision().number()))
                .drop(skipped(offset)).take(Math.max(0, limit))
                .map(r -> new WithResidentName<>(r, residents.find(r.resident()).map(Resident::name)));
    }

    @Override
    public Seq<WithResidentName<CorrespondenceDue>> correspondenceToScreen(long offset, int limit) {
        return cases.correspondenceToScreen()
                .sortBy(f -> f.screenBy() + " " + f.resident().value() + " " + f.caseId() + String.format(" %09d",
                        f.correspondence()))
                .drop(skipped(offset)).take(Math.max(0, limit))
                .map(f -> new WithResidentName<>(f, residents.find(f.resident()).map(Resident::name)));
    }

    @Override
    public Seq<WithResidentName<NoticeRecheckDue>> noticesWithheldToRecheckBy(LocalDate date, long offset,
            int limit) {
        return cases.all().flatMap(c -> c.noticesWithheldToRecheckBy(date).map(d -> new NoticeRecheckDue(c.id(),
                        c.resident(), d.id(), d.noticeWithheld().get().latest().recheckOn())))
                .sortBy(n -> n.recheckOn() + " " + n.resident().value() + String.format(" %09d",
                        n.decision().number()))
                .drop(skipped(offset)).take(Math.max(0, limit))
                .map(n -> new WithResidentName<>(n, residents.find(n.resident()).map(Resident::name)));
    }

    @Override
    public Seq<CaseStatus> casesInvolving(StaffId by, long offset, int limit) {
        return cases.casesInvolving(by).flatMap(cases::find)
                .sortBy(c -> lastActedOn(c, by)).reverse()
                .drop(skipped(offset))
                .take(Math.max(0, limit))
                .map(c -> new CaseStatus(c.id(), c.resident(), residents.find(c.resident()).map(Resident::name),
                        c.decisionsInForce().size(), c.decisionsInForce().map(Decision::reviewDate).min()));
    }

    private static int skipped(long offset) {
        return (int) Math.min(Integer.MAX_VALUE, Math.max(0, offset));
    }

    private static Instant lastActedOn(Case c, StaffId by) {
        return c.history().filter(e -> e.by().equals(by)).map(CaseEvent::at).max().get();
    }

    @Override
    public Map<StaffId, String> staffNames(Set<StaffId> ids) {
        return ids.toMap(id -> Tuple.of(id, staff.find(id).map(entry -> entry.member().name())))
                .filterValues(name -> name.isDefined()).mapValues(name -> name.get());
    }

    @Override
    public Map<StaffId, NameAndRole> staffNamesAndRoles(Set<StaffId> ids) {
        return ids.toMap(id -> Tuple.of(id, staff.find(id).map(e -> new NameAndRole(e.member().name(), e.role()))))
                .filterValues(Option::isDefined).mapValues(Option::get);
    }
}

package org.uca.application.service;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import org.uca.application.port.in.AccessPolicy;
import org.uca.application.port.in.ReminderDigestQuery;
import org.uca.application.port.in.Task;
import org.uca.application.port.out.Ports;
import org.uca.application.port.out.StaffRecord;
import org.uca.domain.calendar.WorkingDays;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.Decision;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.StaffId;
import org.uca.domain.shared.UkTime;

/**
 * The daily reminder digest. Who is reminded of what:
 * <ul>
 * <li>an appeal: whoever may decide it ({@link Task#DECIDE_APPEAL} at the appeal's review level, never the
 * decision's authoriser), at that level exactly (a Director is not sent every Service Manager's appeal), or, when
 * nobody at that level can be e-mailed, the next level up;</li>
 * <li>a review, and a decision whose resident is not recorded as informed: the decision's authoriser, or, once they
 * have left (or no longer may review), whoever may review at the level its measures need ({@link
 * Task#REVIEW_RESTRICTION}), escalating in the same way.</li>
 * </ul>
 * One read of the appeals due and one per case with restrictions in force: a daily job, not a page.
 */
final class ReminderDigestService implements ReminderDigestQuery {

    private final Ports ports;

    ReminderDigestService(Ports ports) {
        this.ports = ports;
    }

    @Override
    public Digests today(Thresholds thresholds) {
        LocalDate today = UkTime.dateOf(ports.clock().now());
        WorkingDays workingDays = ports.workingDays();
        if (!workingDays.isWorkingDay(today)) {
            return new Digests(today, false, List.empty(), List.empty());
        }
        return ports.unitOfWork().readOnly(() -> {
            Seq<StaffRecord> staff = ports.staff().all()
                    .flatMap(member -> ports.staffRecords().record(member.id()));
            java.util.Set<NotSent> notSent = new java.util.LinkedHashSet<>();
            List<Tuple2<StaffId, Item>> items = List.empty();

            LocalDate appealsBy = workingDays.addWorkingDays(today, thresholds.appealsWithin());
            for (var row : ports.readModels().appealsDueBy(appealsBy)) {
                var appeal = row.row();
                String name = row.residentName().getOrElse(() -> Residents.missing(appeal.resident()).name());
                Item item = new Item(Kind.APPEAL_DUE, appeal.caseId(), name, "Appeal " + appeal.appeal().number()
                        + " against decision " + appeal.decision().number() + " to be decided", appeal.dueBy(),
                        appeal.dueBy().isBefore(today));
                for (StaffId to : ableAt(staff, notSent, Task.DECIDE_APPEAL, appeal.reviewLevel(),
                        Option.some(appeal.decidedBy()))) {
                    items = items.append(Tuple.of(to, item));
                }
            }

            LocalDate reviewsBy = workingDays.addWorkingDays(today, thresholds.reviewsWithin());
            for (var restricted : ports.caseQueries().residentsWithRestrictionsInForce()) {
                Option<Case> found = ports.cases().find(restricted.caseId());
                if (found.isEmpty()) {
                    continue;
                }
                Case c = found.get();
                String name = ports.residents().find(c.resident()).map(r -> r.name())
                        .getOrElse(() -> Residents.missing(c.resident()).name());
                for (Decision d : c.decisions().filter(Decision::inForce)) {
                    Seq<StaffId> responsible = responsibleFor(d, staff, notSent);
                    if (d.reviewDueBy(reviewsBy)) {
                        Item item = new Item(Kind.REVIEW_DUE, c.id(), name, "Review of decision " + d.id().number(),
                                d.reviewDate(), d.reviewDate().isBefore(today));
                        items = items.appendAll(responsible.map(to -> Tuple.of(to, item)));
                    }
                    LocalDate made = UkTime.dateOf(d.authorisedAt());
                    // not while notice is deliberately withheld (issue 15 §3): its re-check is in the work queue.
                    // A decision no longer in force is not reminded of, withheld before or not: it limits nothing
                    // now, and the letter that ended it (lift, lapse) tells the resident once nothing is withheld.
                    if (d.residentToBeTold()
                            && workingDays.workingDaysBetween(made, today) >= thresholds.informedAfter()) {
                        Item item = new Item(Kind.RESIDENT_NOT_INFORMED, c.id(), name, "The resident is not recorded"
                                + " as informed of decision " + d.id().number() + " (made "
                                + workingDays.workingDaysBetween(made, today) + " working days ago)", made, true);
                        items = items.appendAll(responsible.map(to -> Tuple.of(to, item)));
                    }
                }
            }

            Map<StaffId, StaffRecord> byId = LinkedHashMap.ofEntries(staff.map(s -> Tuple.of(s.member().id(), s)));
            Seq<Digest> digests = items.groupBy(Tuple2::_1).toList()
                    .sortBy(g -> byId.get(g._1).map(s -> s.member().name()).getOrElse(g._1.value()))
                    .flatMap(g -> byId.get(g._1).map(s -> new Digest(g._1, s.member().name(), s.email().strip(), today,
                            g._2.map(Tuple2::_2).distinct().sortBy(i -> i.due()))));
            return new Digests(today, true, digests, List.ofAll(notSent));
        });
    }

    /**
     * The authoriser while they may still review and can be e-mailed, else whoever may at the level the decision's
     * measures need. An authoriser passed over is noted in {@code notSent} with the reason.
     */
    private static Seq<StaffId> responsibleFor(Decision d, Seq<StaffRecord> staff, java.util.Set<NotSent> notSent) {
        StaffId authoriser = d.authorisedBy().id();
        Option<StaffRecord> theirs = staff.find(s -> s.member().id().equals(authoriser)
                && s.role().exists(r -> AccessPolicy.allows(r, Task.REVIEW_RESTRICTION)));
        if (theirs.exists(ReminderDigestService::reachable)) {
            return List.of(authoriser);
        }
        theirs.orElse(() -> staff.find(s -> s.member().id().equals(authoriser)))
                .filter(s -> !reachable(s)).forEach(s -> notSent.add(whyNot(s)));
        return ableAt(staff, notSent, Task.REVIEW_RESTRICTION, d.requiredAuthority(), Option.none());
    }

    /**
     * Who may do the task at {@code level} exactly and can be e-mailed, or, when nobody there can, at the next level
     * up; those at the level who cannot be e-mailed are noted in {@code notSent}.
     */
    private static Seq<StaffId> ableAt(Seq<StaffRecord> staff, java.util.Set<NotSent> notSent, Task task,
            AuthorityLevel level, Option<StaffId> except) {
        AuthorityLevel at = level == AuthorityLevel.NONE ? AuthorityLevel.SERVICE_MANAGER : level;
        while (true) {
            AuthorityLevel current = at;
            Seq<StaffRecord> able = staff.filter(s -> s.member().authority() == current
                    && (s.hasLeft() || s.role().exists(r -> AccessPolicy.allows(r, task)))
                    && !except.contains(s.member().id()));
            able.filter(s -> !reachable(s)).forEach(s -> notSent.add(whyNot(s)));
            Seq<StaffId> reached = able.filter(ReminderDigestService::reachable).map(s -> s.member().id());
            if (!reached.isEmpty() || at == AuthorityLevel.DIRECTOR) {
                return reached;
            }
            at = at.oneLevelUp();
        }
    }

    private static boolean reachable(StaffRecord s) {
        return !s.hasLeft() && !s.email().isBlank();
    }

    private static NotSent whyNot(StaffRecord s) {
        return new NotSent(s.member().id(), s.hasLeft() ? "has left" : "has no e-mail address");
    }
}

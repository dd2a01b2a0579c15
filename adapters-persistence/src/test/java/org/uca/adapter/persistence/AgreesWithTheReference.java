package org.uca.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uca.application.testbed.Journey.ok;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.domain.cases.InformedHow;
import org.uca.domain.cases.ResidentInformed;
import org.uca.application.port.in.RecordResidentInformedUseCase;
import org.uca.application.inmemory.InMemoryUca;
import org.uca.application.port.in.AuthoriseMeasuresUseCase;
import org.uca.application.port.in.DecideAppealUseCase;
import org.uca.application.port.in.FiledCorrespondenceUseCase;
import org.uca.application.port.in.IssueWarningUseCase;
import org.uca.application.port.in.LiftRestrictionUseCase;
import org.uca.application.port.in.LodgeAppealUseCase;
import org.uca.application.port.in.RecordUnacceptableActionsUseCase;
import org.uca.application.port.in.ReviewRestrictionUseCase;
import org.uca.application.port.out.CaseQueries;
import org.uca.application.port.out.FiledCorrespondenceFigures;
import org.uca.application.port.out.Ports;
import org.uca.application.port.out.ReadModelSource;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.application.port.out.Role;
import org.uca.application.service.UcaApplication;
import org.uca.application.testbed.MovableClock;
import org.uca.application.testbed.StaffRoles;
import org.uca.domain.cases.ActionId;
import org.uca.domain.cases.ActionKind;
import org.uca.domain.cases.ActionReport;
import org.uca.domain.cases.AppealOutcome;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.cases.ReviewOutcome;
import org.uca.domain.cases.WarningId;
import org.uca.domain.fixtures.AProposal;
import org.uca.domain.fixtures.Fixtures;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.fixtures.Reports;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.measures.Measure;
import org.uca.domain.people.ProtectedCharacteristic;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffMember;
import org.uca.domain.shared.Channel;
import org.uca.domain.shared.UkTime;

/**
 * The SQL answers (monitoring aggregates, work queues, restricted residents, my cases, the pages' rows) agree with
 * the in-memory reference implementation, which computes them by scanning whole cases, on the same varied history:
 * warnings with and without a restriction after them, immediate action, service limits, appeals upheld late and
 * overturned, reviews, lifts, and an action reported after the decision that happened before the first one.
 */
abstract class AgreesWithTheReference extends OnADatabase {

    private static final ResidentId CARA = new ResidentId("R-1003");
    private static final ResidentId DAN = new ResidentId("R-1004");
    private static final ResidentId EVE = new ResidentId("R-1005");

    /** Drives one application through the shared history. */
    private static final class History {
        final UcaApplication app;
        final MovableClock clock;

        History(UcaApplication app, MovableClock clock) {
            this.app = app;
            this.clock = clock;
        }

        void nextDay() {
            clock.advance(Duration.ofDays(1));
        }

        CaseId record(ResidentId resident, ActionReport report) {
            nextDay();
            return ok(app.recordUnacceptableActions().recordActions(new RecordUnacceptableActionsUseCase.Command(
                    Staff.OFFICER.id(), resident, List.of(report))), "record").caseId();
        }

        CaseId abuse(ResidentId resident) {
            return record(resident, Reports.verbalAbuse(clock.now().plus(Duration.ofHours(23))));
        }

        WarningId warn(CaseId caseId, int... actions) {
            nextDay();
            return ok(app.issueWarning().issueWarning(new IssueWarningUseCase.Command(Staff.OFFICER.id(), caseId,
                    List.ofAll(java.util.Arrays.stream(actions).boxed()).map(ActionId::new), "Abusive.", "Stop.")),
                    "warn").warning();
        }

        void authorise(CaseId caseId, StaffMember by, AProposal proposal) {
            nextDay();
            ok(app.authoriseMeasures().authorise(new AuthoriseMeasuresUseCase.Command(by.id(), caseId,
                    proposal.decidedOn(UkTime.dateOf(clock.now())).build())), "authorise");
        }

        void appealAndDecide(CaseId caseId, StaffMember by, AppealOutcome outcome, int daysLater) {
            nextDay();
            ok(app.recordResidentInformed().recordResidentInformed(new RecordResidentInformedUseCase.Command(
                    Staff.OFFICER.id(), caseId, new DecisionId(1), new ResidentInformed(clock.now(),
                    Staff.OFFICER.id(), InformedHow.LETTER))), "inform");
            var lodged = ok(app.lodgeAppeal().lodgeAppeal(new LodgeAppealUseCase.Command(Staff.OFFICER.id(), caseId,
                    new DecisionId(1), UkTime.dateOf(clock.now()), "Unfair.")), "appeal");
            clock.advance(Duration.ofDays(daysLater));
            ok(app.decideAppeal().decideAppeal(new DecideAppealUseCase.Command(by.id(), caseId, lodged.appeal(),
                    outcome, List.empty(), "Reviewed.")), "decide");
        }

        void file(CaseId caseId, int daysAgo) {
            ok(app.filedCorrespondence().log(new FiledCorrespondenceUseCase.Log(Staff.OFFICER.id(), caseId,
                    UkTime.dateOf(clock.now()).minusDays(daysAgo), Channel.LETTER, "A letter.")), "file");
        }

        void screen(CaseId caseId, int number, Option<String> newIssue, Option<String> safeguarding) {
            nextDay();
            ok(app.filedCorrespondence().screen(new FiledCorrespondenceUseCase.Screen(Staff.OFFICER.id(), caseId,
                    number, newIssue, safeguarding)), "screen");
        }

        void run() {
            // Alex: warned, continued, contact standards; appeal upheld after its due date.
            CaseId alex = abuse(ALEX);
            WarningId alexWarned = warn(alex, 1);
            abuse(ALEX);
            authorise(alex, Staff.SERVICE_MANAGER, AProposal.contactStandards(Measures.singlePointOfContact(),
                    Measures.noEmail()).afterWarning(alexWarned, new ActionId(2)));
            appealAndDecide(alex, Staff.ASSISTANT_DIRECTOR, AppealOutcome.DECISION_UPHELD, 20);
            // Alex's letters are filed without a reply: one screened late raising a complaint and a safeguarding
            // concern, one screened in time, one waiting.
            file(alex, 9);
            file(alex, 1);
            file(alex, 0);
            screen(alex, 1, Option.some("Logged as stage 1 complaint C-7."), Option.some("Referred to adult care."));
            screen(alex, 2, Option.none(), Option.none());
            // Bea: threats with safety concerns, immediate action; appeal overturned in time.
            CaseId bea = record(BEA, Reports.threatsWithSafetyConcern(clock.now()));
            authorise(bea, Staff.ASSISTANT_DIRECTOR, AProposal.of(List.<Measure>of(
                    Measures.exclusionFromPersonalContact(), Measures.noticeOfSeekingPossession()))
                    .immediate(List.of(new ActionId(1)), "Threatened the gas engineer."));
            appealAndDecide(bea, Staff.DIRECTOR, AppealOutcome.DECISION_OVERTURNED, 2);
            // Cara: unreasonable persistence, warned, service limits; reviewed, then lifted.
            CaseId cara = record(CARA, Reports.disproportionateContact(clock.now()));
            WarningId caraWarned = warn(cara, 1);
            record(CARA, Reports.disproportionateContact(clock.now().plus(Duration.ofHours(23))));
            authorise(cara, Staff.ASSISTANT_DIRECTOR, AProposal.serviceLimits(Measures.noImprovementApprovals(),
                    Measures.withheldKitchenReplacement()).afterWarning(caraWarned, new ActionId(2)));
            nextDay();
            ok(app.reviewRestriction().review(new ReviewRestrictionUseCase.Command(Staff.ASSISTANT_DIRECTOR.id(), cara,
                    new DecisionId(1), ReviewOutcome.CONTINUE, List.empty(), "Still needed.",
                    Option.some(UkTime.dateOf(clock.now()).plusMonths(2)))), "review");
            nextDay();
            ok(app.liftRestriction().lift(new LiftRestrictionUseCase.Command(Staff.ASSISTANT_DIRECTOR.id(), cara,
                    new DecisionId(1), "Settled.")), "lift");
            // Dan: warned, nothing since.
            CaseId dan = record(DAN, Reports.of(ActionKind.OTHER_UNREASONABLE_DEMANDS_OR_PERSISTENCE)
                    .otherKind("Repeated visits to the office").at(clock.now()).describedAs("Came in daily.").build());
            warn(dan, 1);
            // Eve: warned, continued, contact standards; then an earlier action is reported late.
            CaseId eve = abuse(EVE);
            WarningId eveWarned = warn(eve, 1);
            abuse(EVE);
            authorise(eve, Staff.SECOND_SERVICE_MANAGER, AProposal.contactStandards(Measures.noTelephoneCalls())
                    .afterWarning(eveWarned, new ActionId(2)));
            // ... and telling her would create a risk: notice withheld, kept at its re-check (issue 15 §3)
            nextDay();
            ok(app.withholdNotice().withholdNotice(new org.uca.application.port.in.WithholdNoticeUseCase.Command(
                    Staff.ASSISTANT_DIRECTOR.id(), eve, new DecisionId(1), "The police ask that she is not told yet.",
                    UkTime.dateOf(clock.now()).plusMonths(1))), "withhold notice");
            nextDay();
            ok(app.withholdNotice().keepNoticeWithheld(new org.uca.application.port.in.WithholdNoticeUseCase
                    .Command(Staff.DIRECTOR.id(), eve, new DecisionId(1), "The investigation continues.",
                    UkTime.dateOf(clock.now()).plusMonths(2))), "keep notice withheld");
            record(EVE, Reports.offensiveLanguage(clock.now().minus(Duration.ofDays(30))));
        }
    }

    private static void seed(java.util.function.BiConsumer<StaffMember, Role> staff,
            java.util.function.Consumer<Resident> residents) {
        StaffRoles.everyone().forEach(e -> staff.accept(e._1, e._2));
        // Sex supplied for all but Dan (not known), age for Alex alone; the other characteristics not supplied.
        String[] sexes = {"Male", "Female", "Female", "", "Male"};
        List<ResidentId> five = List.of(ALEX, BEA, CARA, DAN, EVE);
        for (int i = 0; i < five.size(); i++) {
            Resident plain = new Resident(five.get(i), "Resident " + five.get(i), "1 Test Street");
            io.vavr.collection.Map<ProtectedCharacteristic, String> held = io.vavr.collection.HashMap.of(
                    ProtectedCharacteristic.SEX, ProtectedCharacteristic.heldAs(Option.of(sexes[i])));
            residents.accept(new Resident(plain.id(), plain.name(), plain.addressLines(), plain.postcode(),
                    plain.uprn(), plain.tenancyStart(), plain.tenancyEnd(), plain.email(), plain.phone(),
                    plain.preferredContact(), i == 0 ? held.put(ProtectedCharacteristic.AGE, "25-34") : held));
        }
        residents.accept(new Resident(new ResidentId("R-1006"), "Resident R-1006", "2 Test Street"));
    }

    /** Runs the history on the in-memory reference and on this database; returns the reference's ports. */
    private Ports historyOnBoth() {
        MovableClock referenceClock = new MovableClock(Fixtures.NOW.minus(Duration.ofDays(120)));
        InMemoryUca reference = new InMemoryUca(referenceClock::now);
        seed(reference.staff::add, reference.residents::add);
        new History(reference.application, referenceClock).run();

        clock.set(Fixtures.NOW.minus(Duration.ofDays(120)));
        seed((member, role) -> db.saveStaff(member, Option.some(role)), db.database::saveResident);
        new History(app, clock).run();
        return reference.ports();
    }

    @Test
    @DisplayName("monitoring, work queues, restricted residents and my cases agree with the in-memory reference")
    void agreesWithInMemory() {
        Ports expected = historyOnBoth();
        LocalDate start = UkTime.dateOf(Fixtures.NOW.minus(Duration.ofDays(200)));
        LocalDate end = UkTime.dateOf(clock.now());
        // the quarter the history began in, with its tenancy profile once it has ended
        var quarter = org.uca.domain.calendar.Quarter.containing(UkTime.dateOf(Fixtures.NOW.minus(Duration.ofDays(120))));
        for (LocalDate[] period : new LocalDate[][] {{start, end}, {start, start.plusDays(100)},
                {start.plusDays(95), end}, {end.plusDays(1), end.plusDays(30)}, {quarter.first(), quarter.last()}}) {
            for (LocalDate today : List.of(end, end.plusMonths(7))) {
                assertThat(ports.monitoring().reportFor(period[0], period[1], today))
                        .as("monitoring %s to %s, today %s", period[0], period[1], today)
                        .isEqualTo(expected.monitoring().reportFor(period[0], period[1], today));
            }
        }
        var whole = ports.monitoring().reportFor(start, end, end);
        assertThat(whole.decisions()).as("the history is not trivial").isEqualTo(4);
        assertThat(whole.appealsDecidedLate()).isEqualTo(1);
        assertThat(whole.fairness().noticesStillWithheld()).as("Eve's notice").isEqualTo(1);
        assertThat(whole.filedCorrespondence()).isEqualTo(new FiledCorrespondenceFigures(3, 1, 1, 1, 1));
        assertThat(whole.immediateActions()).isEqualTo(1);
        assertThat(whole.warnings() - whole.warningsFollowedByRestriction()).as("Dan's warning").isEqualTo(1);
        assertThat(whole.fairness().tenancyProfile()).as("no quarter: not given").isEmpty();
        var profile = ports.monitoring().reportFor(quarter.first(), quarter.last(), end.plusMonths(7)).fairness()
                .tenancyProfile().get();
        var sex = profile.comparison(ProtectedCharacteristic.SEX).get();
        assertThat(sex.values()).containsExactly("Female", "Male", ProtectedCharacteristic.NOT_KNOWN);
        assertThat(sex.all().total()).as("six residents, R-1006 holding nothing: not known").contains(6L);
        assertThat(profile.comparison(ProtectedCharacteristic.RACE)).as("not supplied")
                .isEmpty();
        assertThat(residents(ports.caseQueries().residentsWithRestrictionsInForce()))
                .isEqualTo(residents(expected.caseQueries().residentsWithRestrictionsInForce()))
                .containsExactly("R-1001:1", "R-1005:1");
        for (LocalDate date : List.of(end, end.plusMonths(3), end.plusMonths(7))) {
            assertThat(ports.caseQueries().reviewsDueBy(date).map(AgreesWithTheReference::review))
                    .isEqualTo(expected.caseQueries().reviewsDueBy(date).map(AgreesWithTheReference::review));
            assertThat(ports.caseQueries().appealsDueBy(date).map(AgreesWithTheReference::appeal))
                    .isEqualTo(expected.caseQueries().appealsDueBy(date).map(AgreesWithTheReference::appeal));
            assertThat(ports.readModels().noticesWithheldToRecheckBy(date, 0, Integer.MAX_VALUE).map(n -> n.row()
                    .resident() + ":" + n.row().decision() + ":" + n.row().recheckOn() + ":" + n.residentName()))
                    .isEqualTo(expected.readModels().noticesWithheldToRecheckBy(date, 0, Integer.MAX_VALUE)
                            .map(n -> n.row().resident() + ":" + n.row().decision() + ":" + n.row().recheckOn() + ":"
                                    + n.residentName()));
        }
        for (StaffMember member : Staff.everyone()) {
            assertThat(ports.caseQueries().casesInvolving(member.id()).map(this::residentOf).sorted())
                    .as("cases involving %s", member.name())
                    .isEqualTo(expected.caseQueries().casesInvolving(member.id())
                            .map(id -> expected.cases().find(id).get().resident().value()).sorted());
        }
    }

    /** A review due as both stores must give it: whose, when, and the level its reviewer needs. */
    private static String review(CaseQueries.ReviewDue r) {
        return r.resident() + ":" + r.reviewDate() + ":" + r.requiredAuthority();
    }

    /** An appeal due as both stores must give it: whose, when, its level, and who made the decision appealed. */
    private static String appeal(CaseQueries.AppealDue a) {
        return a.resident() + ":" + a.dueBy() + ":" + a.reviewLevel() + ":" + a.decidedBy();
    }

    @Test
    @DisplayName("the pages' rows (names, restrictions in force, next review) agree with the in-memory reference")
    void readModelRowsAgreeWithInMemory() {
        Ports expected = historyOnBoth();
        LocalDate end = UkTime.dateOf(clock.now());
        for (LocalDate date : List.of(end, end.plusMonths(3), end.plusMonths(7))) {
            assertThat(ports.readModels().reviewsDueBy(date).map(r -> r.residentName() + ":" + review(r.row())))
                    .isEqualTo(expected.readModels().reviewsDueBy(date)
                            .map(r -> r.residentName() + ":" + review(r.row())));
            assertThat(ports.readModels().appealsDueBy(date).map(a -> a.residentName() + ":" + appeal(a.row())))
                    .isEqualTo(expected.readModels().appealsDueBy(date)
                            .map(a -> a.residentName() + ":" + appeal(a.row())));
        }
        assertThat(ports.readModels().correspondenceToScreen(0, 50)
                .map(f -> f.residentName() + ":" + f.row().correspondence() + ":" + f.row().screenBy()))
                .isEqualTo(expected.readModels().correspondenceToScreen(0, 50)
                        .map(f -> f.residentName() + ":" + f.row().correspondence() + ":" + f.row().screenBy()))
                .hasSize(1);
        assertThat(ports.caseQueries().correspondenceToScreen().map(f -> f.resident() + ":" + f.screenBy()))
                .isEqualTo(expected.caseQueries().correspondenceToScreen().map(f -> f.resident() + ":" + f.screenBy()));
        for (StaffMember member : Staff.everyone()) {
            assertThat(ports.readModels().casesInvolving(member.id(), 50).map(AgreesWithTheReference::status))
                    .as("cases involving %s", member.name())
                    .isEqualTo(expected.readModels().casesInvolving(member.id(), 50)
                            .map(AgreesWithTheReference::status));
        }
        // Bea's decision was overturned and Cara's lifted: neither is restricted; Alex and Eve are.
        assertThat(ports.readModels().casesInvolving(Staff.OFFICER.id(), 50).map(AgreesWithTheReference::status))
                .hasSize(5).filteredOn(s -> s.contains(":1:")).hasSize(2);
    }

    private static String status(ReadModelSource.CaseStatus c) {
        return c.resident() + ":" + c.residentName().getOrElse("?") + ":" + c.restrictionsInForce() + ":"
                + c.nextReview().map(LocalDate::toString).getOrElse("-");
    }

    private static Seq<String> residents(Seq<CaseQueries.RestrictedResident> restricted) {
        return restricted.map(r -> r.resident() + ":" + r.decisionsInForce());
    }

    private String residentOf(CaseId caseId) {
        return ports.cases().find(caseId).get().resident().value();
    }
}

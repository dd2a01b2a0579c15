package org.uca.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BiFunction;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.uca.domain.fixtures.ACase;
import org.uca.domain.fixtures.AProposal;
import org.uca.domain.fixtures.Fixtures;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.fixtures.Reports;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.people.StaffMember;
import org.uca.domain.shared.Channel;
import org.uca.domain.shared.Refusal;
import org.uca.domain.shared.UkTime;

/** Whatever staff do, in whatever order, the case's timeline stays truthful. */
class CaseProperties {

    /** One thing a member of staff might try on a case at a moment; some are allowed, some are not. */
    record Operation(String name, BiFunction<Case, Instant, Either<Refusal, CaseUpdate>> apply) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final DecisionId FIRST_DECISION = new DecisionId(1);

    /** Where the staff start: a case at one of the stages of the policy, its history in the month before NOW. */
    enum Start {
        NEW_CASE, WARNED_AND_CONTINUED, THREATS_RECORDED, CONTACT_STANDARDS_IN_FORCE, SERVICE_LIMITS_IN_FORCE;

        Case build() {
            switch (this) {
                case WARNED_AND_CONTINUED:
                    return ACase.warnedAndContinued();
                case THREATS_RECORDED:
                    return ACase.aCase().withAction(Reports::threatsWithSafetyConcern).build();
                case CONTACT_STANDARDS_IN_FORCE:
                    return ACase.withContactStandardsInForce();
                case SERVICE_LIMITS_IN_FORCE:
                    return ACase.withServiceLimitsInForce();
                default:
                    return ACase.aCase().build();
            }
        }
    }

    @Provide
    Arbitrary<java.util.List<Operation>> operationSequences() {
        return operations().list().ofMinSize(1).ofMaxSize(25);
    }

    Arbitrary<Operation> operations() {
        Arbitrary<Integer> actionNumbers = Arbitraries.integers().between(1, 4);
        Arbitrary<StaffMember> anyone = Arbitraries.of(Staff.everyone().asJava());
        Arbitrary<Integer> minutes = Arbitraries.integers().between(-5, 500);
        Arbitrary<Operation> recordVerbalAbuse = Arbitraries.just(new Operation("record verbal abuse",
                (c, now) -> c.recordActions(List.of(Reports.verbalAbuse(now.minus(Duration.ofHours(1)))),
                        Staff.OFFICER, now)));
        Arbitrary<Operation> recordThreats = Arbitraries.just(new Operation("record threats",
                (c, now) -> c.recordActions(List.of(Reports.threatsWithSafetyConcern(now)), Staff.OFFICER, now)));
        Arbitrary<Operation> recordFutureAction = Arbitraries.just(new Operation("record a future action",
                (c, now) -> c.recordActions(List.of(Reports.verbalAbuse(now.plusSeconds(60))), Staff.OFFICER, now)));
        Arbitrary<Operation> warn = actionNumbers.map(n -> new Operation("warn about action " + n,
                (c, now) -> c.issueWarning(List.of(new ActionId(n)), "Abuse is unacceptable.", "Stop the abuse.",
                        Staff.OFFICER, now)));
        Arbitrary<Operation> warnWithoutReasons = Arbitraries.just(new Operation("warn without reasons",
                (c, now) -> c.issueWarning(List.of(new ActionId(1)), " ", "Stop.", Staff.OFFICER, now)));
        Arbitrary<Operation> authoriseAfterWarning = Arbitraries.integers().between(1, 2).flatMap(w ->
                actionNumbers.flatMap(a -> anyone.map(who -> new Operation(
                        "authorise no email after warning " + w + " on action " + a + " by " + who.name(),
                        (c, now) -> c.authorise(AProposal.contactStandards(Measures.noEmail())
                                .afterWarning(new WarningId(w), new ActionId(a)).decidedOn(UkTime.dateOf(now))
                                .build(), who, now)))));
        Arbitrary<Operation> authoriseImmediately = actionNumbers.flatMap(a -> anyone.map(who -> new Operation(
                "authorise immediate exclusion on action " + a + " by " + who.name(),
                (c, now) -> c.authorise(AProposal.contactStandards(Measures.exclusionFromPersonalContact(),
                        Measures.healthAndSafetyRepairsOnly()).immediate(new ActionId(a))
                        .decidedOn(UkTime.dateOf(now)).build(), who, now))));
        Arbitrary<StaffMember> managers = Arbitraries.of(Staff.SERVICE_MANAGER, Staff.ASSISTANT_DIRECTOR,
                Staff.SECOND_ASSISTANT_DIRECTOR, Staff.DIRECTOR);
        Arbitrary<Operation> authoriseOnLatest = managers.map(who -> new Operation(
                "authorise no email after the latest warning on the latest action by " + who.name(),
                (c, now) -> c.authorise(AProposal.contactStandards(Measures.noEmail())
                        .afterWarning(new WarningId(Math.max(1, c.warnings().size())),
                                new ActionId(Math.max(1, c.actions().size())))
                        .decidedOn(UkTime.dateOf(now)).build(), who, now)));
        Arbitrary<Operation> authoriseImmediatelyOnLatest = managers.map(who -> new Operation(
                "authorise immediate office ban on the latest action by " + who.name(),
                (c, now) -> c.authorise(AProposal.contactStandards(Measures.officeBan())
                        .immediate(new ActionId(Math.max(1, c.actions().size())))
                        .decidedOn(UkTime.dateOf(now)).build(), who, now)));
        Arbitrary<Operation> appeal = Arbitraries.just(new Operation("appeal the latest decision",
                (c, now) -> c.lodgeAppeal(new DecisionId(Math.max(1, c.decisions().size())), UkTime.dateOf(now),
                        "Unfair.", Staff.OFFICER, now, Fixtures.WORKING_DAYS)));
        Arbitrary<Operation> decideAppeal = Arbitraries.of(AppealOutcome.values()).flatMap(o -> anyone.map(who ->
                new Operation("decide appeal 1: " + o + " by " + who.name(), (c, now) -> c.decideAppeal(
                        new AppealId(1), o, o == AppealOutcome.DECISION_VARIED ? List.of(Measures.officeBan())
                                : List.empty(), "Considered.", who, now))));
        Arbitrary<Operation> lift = anyone.map(who -> new Operation("lift decision 1 by " + who.name(),
                (c, now) -> c.lift(FIRST_DECISION, "Better now.", who, now)));
        Arbitrary<Operation> review = Arbitraries.of(ReviewOutcome.CONTINUE, ReviewOutcome.VARY).map(o ->
                new Operation("review decision 1: " + o, (c, now) -> c.review(FIRST_DECISION, o,
                        o == ReviewOutcome.VARY ? List.of(Measures.thirtyMinutesAWeek()) : List.empty(), "Reviewed.",
                        Option.some(UkTime.dateOf(now).plusMonths(3)), Staff.DIRECTOR, now)));
        Arbitrary<Operation> inform = Arbitraries.just(new Operation("inform resident of decision 1",
                (c, now) -> c.recordResidentInformed(FIRST_DECISION, new ResidentInformed(now, Staff.OFFICER.id(),
                        InformedHow.LETTER), Staff.OFFICER, now)));
        Arbitrary<Operation> contact = minutes.map(m -> new Operation("record " + m + " minutes of contact",
                (c, now) -> c.recordContact(now, m, Channel.PHONE, Staff.OFFICER, now)));
        Arbitrary<Operation> needs = Arbitraries.of(AdjustmentKind.values()).map(k -> new Operation(
                "record adjustment " + k, (c, now) -> c.recordNeeds(new ResidentNeeds(
                        List.of(new ReasonableAdjustment(k, "")), ""), Staff.OFFICER, now)));
        return Arbitraries.frequencyOf(
                Tuple.of(2, recordVerbalAbuse), Tuple.of(2, recordThreats), Tuple.of(1, recordFutureAction),
                Tuple.of(2, warn), Tuple.of(1, warnWithoutReasons), Tuple.of(4, authoriseAfterWarning),
                Tuple.of(4, authoriseImmediately), Tuple.of(4, authoriseOnLatest),
                Tuple.of(4, authoriseImmediatelyOnLatest), Tuple.of(3, appeal), Tuple.of(2, decideAppeal), Tuple.of(1, lift),
                Tuple.of(1, review), Tuple.of(1, inform), Tuple.of(1, contact), Tuple.of(1, needs));
    }

    @Property(tries = 300)
    @Label("every accepted change appends exactly one event, and every refusal leaves the case unchanged")
    void historyIsTruthful(@ForAll Start start, @ForAll("operationSequences") java.util.List<Operation> operations) {
        Case c = start.build();
        Instant now = Fixtures.NOW;
        for (Operation operation : operations) {
            now = now.plus(Duration.ofDays(1));
            Seq<CaseEvent> historyBefore = c.history();
            long versionBefore = c.version();
            Seq<Decision> decisionsBefore = c.decisions();
            Seq<Appeal> appealsBefore = c.appeals();

            Either<Refusal, CaseUpdate> outcome = operation.apply().apply(c, now);

            // the case acted on never changes: it is immutable
            assertThat(c.history()).isEqualTo(historyBefore);
            assertThat(c.version()).isEqualTo(versionBefore);
            assertThat(c.decisions()).isEqualTo(decisionsBefore);
            assertThat(c.appeals()).isEqualTo(appealsBefore);
            if (outcome.isRight()) {
                Case after = outcome.get().after();
                assertThat(after.history()).isEqualTo(historyBefore.append(outcome.get().event()));
                assertThat(after.version()).isEqualTo(versionBefore + 1).isEqualTo(after.history().size());
                assertThat(outcome.get().event().caseId()).isEqualTo(c.id());
                assertThat(outcome.get().event().at()).isEqualTo(now);
                assertThat(after).isNotEqualTo(c);
                c = after;
            } else {
                assertThat(outcome.getLeft().problems()).isNotEmpty();
            }
        }
        Case stored = c;
        assertThat(Case.rebuild(stored.id(), stored.resident(), stored.actions(), stored.warnings(),
                stored.decisions(), stored.appeals(), stored.needs(), stored.contacts(), stored.history()))
                .isEqualTo(stored);
        assertThat(stored.decisions()).allSatisfy(d -> assertThat(d.measures()).isNotEmpty());

        // the sequences reach the interesting parts of the policy, not only refusals
        Statistics.label("measures authorised here").collect(stored.history().exists(
                e -> e instanceof CaseEvent.MeasuresAuthorised && e.at().isAfter(Fixtures.NOW)));
        Statistics.label("appeal lodged").collect(!stored.appeals().isEmpty());
        Statistics.label("measures authorised here").coverage(check -> check.check(true).percentage(p -> p >= 20));
        Statistics.label("appeal lodged").coverage(check -> check.check(true).percentage(p -> p >= 10));
    }
}

package org.uca.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.uca.domain.fixtures.ACase;
import org.uca.domain.fixtures.AProposal;
import org.uca.domain.fixtures.Fixtures;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.fixtures.Reports;
import org.uca.domain.fixtures.SeededRandom;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.people.StaffMember;
import org.uca.domain.shared.Channel;
import org.uca.domain.shared.Refusal;
import org.uca.domain.shared.UkTime;

/** Whatever staff do, in whatever order, the case's timeline stays truthful. */
class TruthfulHistoryTest {

    private static final long SEED = 20_261_201L;
    private static final int SEQUENCES = 300;

    /** One thing a member of staff might try on a case at a moment; some are allowed, some are not. */
    record Operation(String name, BiFunction<Case, Instant, Either<Refusal, CaseUpdate>> apply) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** Where the staff start, and what they try on it, one day after another. */
    record Scenario(Start start, java.util.List<Operation> operations) {
        @Override
        public String toString() {
            return start + ", then " + operations.size() + " operations";
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

    /** The same {@value #SEQUENCES} scenarios in every run: from 1 to 25 operations each, drawn from {@link #SEED}. */
    static final java.util.List<Scenario> SCENARIOS = scenarios(SeededRandom.forTest(TruthfulHistoryTest.class, SEED));

    static Stream<Scenario> scenarios() {
        return SCENARIOS.stream();
    }

    private static java.util.List<Scenario> scenarios(SeededRandom random) {
        java.util.List<Supplier<Operation>> kinds = operationKinds(random);
        return random.cases(SEQUENCES, () -> {
            var operations = new ArrayList<Operation>();
            for (int i = random.between(1, 25); i > 0; i--) {
                operations.add(random.oneOf(kinds).get());
            }
            return new Scenario(random.oneOf(Start.values()), java.util.List.copyOf(operations));
        }).toList();
    }

    /** Each kind of operation, repeated as often as it should come up (authorising and appealing most). */
    private static java.util.List<Supplier<Operation>> operationKinds(SeededRandom random) {
        Supplier<Integer> actionNumber = () -> random.between(1, 4);
        Supplier<StaffMember> anyone = () -> random.oneOf(Staff.everyone().asJava());
        Supplier<StaffMember> aManager = () -> random.oneOf(Staff.SERVICE_MANAGER, Staff.ASSISTANT_DIRECTOR,
                Staff.SECOND_ASSISTANT_DIRECTOR, Staff.DIRECTOR);

        Supplier<Operation> recordVerbalAbuse = () -> new Operation("record verbal abuse",
                (c, now) -> c.recordActions(List.of(Reports.verbalAbuse(now.minus(Duration.ofHours(1)))),
                        Staff.OFFICER, now));
        Supplier<Operation> recordThreats = () -> new Operation("record threats",
                (c, now) -> c.recordActions(List.of(Reports.threatsWithSafetyConcern(now)), Staff.OFFICER, now));
        Supplier<Operation> recordFutureAction = () -> new Operation("record a future action",
                (c, now) -> c.recordActions(List.of(Reports.verbalAbuse(now.plusSeconds(60))), Staff.OFFICER, now));
        Supplier<Operation> warn = () -> {
            int n = actionNumber.get();
            return new Operation("warn about action " + n,
                    (c, now) -> c.issueWarning(List.of(new ActionId(n)), "Abuse is unacceptable.", "Stop the abuse.",
                            Staff.OFFICER, now));
        };
        Supplier<Operation> warnWithoutReasons = () -> new Operation("warn without reasons",
                (c, now) -> c.issueWarning(List.of(new ActionId(1)), " ", "Stop.", Staff.OFFICER, now));
        Supplier<Operation> authoriseAfterWarning = () -> {
            int w = random.between(1, 2);
            int a = actionNumber.get();
            StaffMember who = anyone.get();
            return new Operation("authorise no email after warning " + w + " on action " + a + " by " + who.name(),
                    (c, now) -> c.authorise(AProposal.contactStandards(Measures.noEmail())
                            .afterWarning(new WarningId(w), new ActionId(a)).decidedOn(UkTime.dateOf(now))
                            .build(), who, now));
        };
        Supplier<Operation> authoriseImmediately = () -> {
            int a = actionNumber.get();
            StaffMember who = anyone.get();
            return new Operation("authorise immediate exclusion on action " + a + " by " + who.name(),
                    (c, now) -> c.authorise(AProposal.contactStandards(Measures.exclusionFromPersonalContact(),
                            Measures.healthAndSafetyRepairsOnly()).immediate(new ActionId(a))
                            .decidedOn(UkTime.dateOf(now)).build(), who, now));
        };
        Supplier<Operation> authoriseOnLatest = () -> {
            StaffMember who = aManager.get();
            return new Operation("authorise no email after the latest warning on the latest action by " + who.name(),
                    (c, now) -> c.authorise(AProposal.contactStandards(Measures.noEmail())
                            .afterWarning(new WarningId(Math.max(1, c.warnings().size())),
                                    new ActionId(Math.max(1, c.actions().size())))
                            .decidedOn(UkTime.dateOf(now)).build(), who, now));
        };
        Supplier<Operation> authoriseImmediatelyOnLatest = () -> {
            StaffMember who = aManager.get();
            return new Operation("authorise immediate office ban on the latest action by " + who.name(),
                    (c, now) -> c.authorise(AProposal.contactStandards(Measures.officeBan())
                            .immediate(new ActionId(Math.max(1, c.actions().size())))
                            .decidedOn(UkTime.dateOf(now)).build(), who, now));
        };
        Supplier<Operation> appeal = () -> new Operation("appeal the latest decision",
                (c, now) -> c.lodgeAppeal(new DecisionId(Math.max(1, c.decisions().size())), UkTime.dateOf(now),
                        "Unfair.", Staff.OFFICER, now, Fixtures.WORKING_DAYS));
        Supplier<Operation> decideAppeal = () -> {
            AppealOutcome o = random.oneOf(AppealOutcome.values());
            StaffMember who = anyone.get();
            return new Operation("decide appeal 1: " + o + " by " + who.name(), (c, now) -> c.decideAppeal(
                    new AppealId(1), o, o == AppealOutcome.DECISION_VARIED ? List.of(Measures.officeBan())
                            : List.empty(), "Considered.", who, now));
        };
        Supplier<Operation> lift = () -> {
            StaffMember who = anyone.get();
            return new Operation("lift decision 1 by " + who.name(),
                    (c, now) -> c.lift(FIRST_DECISION, "Better now.", who, now));
        };
        Supplier<Operation> review = () -> {
            ReviewOutcome o = random.oneOf(ReviewOutcome.CONTINUE, ReviewOutcome.VARY);
            return new Operation("review decision 1: " + o, (c, now) -> c.review(FIRST_DECISION, o,
                    o == ReviewOutcome.VARY ? List.of(Measures.thirtyMinutesAWeek()) : List.empty(), "Reviewed.",
                    Option.some(UkTime.dateOf(now).plusMonths(3)), Staff.DIRECTOR, now));
        };
        Supplier<Operation> inform = () -> new Operation("inform resident of decision 1",
                (c, now) -> c.recordResidentInformed(FIRST_DECISION, new ResidentInformed(now, Staff.OFFICER.id(),
                        InformedHow.LETTER), Staff.OFFICER, now));
        // An appeal is lodged once the resident has been told of the decision.
        Supplier<Operation> informOfLatest = () -> new Operation("inform resident of the latest decision",
                (c, now) -> c.recordResidentInformed(new DecisionId(Math.max(1, c.decisions().size())),
                        new ResidentInformed(now, Staff.OFFICER.id(), InformedHow.LETTER), Staff.OFFICER, now));
        Supplier<Operation> contact = () -> {
            int m = random.between(-5, 500);
            return new Operation("record " + m + " minutes of contact",
                    (c, now) -> c.recordContact(now, m, Channel.PHONE, Staff.OFFICER, now));
        };
        Supplier<Operation> needs = () -> {
            AdjustmentKind k = random.oneOf(AdjustmentKind.values());
            return new Operation("record adjustment " + k, (c, now) -> c.recordNeeds(new ResidentNeeds(
                    List.of(new ReasonableAdjustment(k, "")), ""), "Circumstances changed.", Staff.OFFICER, now));
        };

        var kinds = new ArrayList<Supplier<Operation>>();
        weighted(kinds, 2, recordVerbalAbuse);
        weighted(kinds, 2, recordThreats);
        weighted(kinds, 1, recordFutureAction);
        weighted(kinds, 2, warn);
        weighted(kinds, 1, warnWithoutReasons);
        weighted(kinds, 4, authoriseAfterWarning);
        weighted(kinds, 4, authoriseImmediately);
        weighted(kinds, 4, authoriseOnLatest);
        weighted(kinds, 4, authoriseImmediatelyOnLatest);
        weighted(kinds, 3, appeal);
        weighted(kinds, 2, decideAppeal);
        weighted(kinds, 1, lift);
        weighted(kinds, 1, review);
        weighted(kinds, 1, inform);
        weighted(kinds, 3, informOfLatest);
        weighted(kinds, 1, contact);
        weighted(kinds, 1, needs);
        return java.util.List.copyOf(kinds);
    }

    private static void weighted(java.util.List<Supplier<Operation>> kinds, int weight, Supplier<Operation> kind) {
        for (int i = 0; i < weight; i++) {
            kinds.add(kind);
        }
    }

    /** Runs the scenario, checking every step; the case it ends with. */
    private static Case run(Scenario scenario) {
        Case c = scenario.start().build();
        Instant now = Fixtures.NOW;
        for (Operation operation : scenario.operations()) {
            now = now.plus(Duration.ofDays(1));
            Seq<CaseEvent> historyBefore = c.history();
            long versionBefore = c.version();
            Seq<Decision> decisionsBefore = c.decisions();
            Seq<Appeal> appealsBefore = c.appeals();

            Either<Refusal, CaseUpdate> outcome = operation.apply().apply(c, now);

            // the case acted on never changes: it is immutable
            assertThat(c.history()).as("history after '%s' in %s", operation, scenario.operations())
                    .isEqualTo(historyBefore);
            assertThat(c.version()).isEqualTo(versionBefore);
            assertThat(c.decisions()).isEqualTo(decisionsBefore);
            assertThat(c.appeals()).isEqualTo(appealsBefore);
            if (outcome.isRight()) {
                Case after = outcome.get().after();
                assertThat(after.history()).as("history after '%s' in %s", operation, scenario.operations())
                        .isEqualTo(historyBefore.append(outcome.get().event()));
                assertThat(after.version()).isEqualTo(versionBefore + 1).isEqualTo(after.history().size());
                assertThat(outcome.get().event().caseId()).isEqualTo(c.id());
                assertThat(outcome.get().event().at()).isEqualTo(now);
                assertThat(after).isNotEqualTo(c);
                c = after;
            } else {
                assertThat(outcome.getLeft().problems()).as("reasons for refusing '%s'", operation).isNotEmpty();
            }
        }
        return c;
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @MethodSource("scenarios")
    @DisplayName("every accepted change appends exactly one event, and every refusal leaves the case unchanged")
    void historyIsTruthful(Scenario scenario) {
        Case stored = run(scenario);

        assertThat(Case.rebuild(stored.id(), stored.resident(), stored.actions(), stored.warnings(),
                stored.decisions(), stored.appeals(), stored.needs(), stored.contacts(), stored.history()))
                .isEqualTo(stored);
        assertThat(stored.decisions()).allSatisfy(d -> assertThat(d.measures()).isNotEmpty());
    }

    @Test
    @DisplayName("the scenarios reach the interesting parts of the policy, not only refusals: at least a fifth"
            + " authorise measures, at least a tenth lodge an appeal")
    void scenariosReachThePolicy() {
        var ends = SCENARIOS.stream().map(TruthfulHistoryTest::run).toList();

        long authorising = ends.stream().filter(c -> c.history().exists(
                e -> e instanceof CaseEvent.MeasuresAuthorised && e.at().isAfter(Fixtures.NOW))).count();
        long appealing = ends.stream().filter(c -> !c.appeals().isEmpty()).count();

        assertThat(authorising).as("scenarios authorising measures").isGreaterThanOrEqualTo(SEQUENCES / 5);
        assertThat(appealing).as("scenarios lodging an appeal").isGreaterThanOrEqualTo(SEQUENCES / 10);
    }
}

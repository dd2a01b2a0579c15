package org.uca.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uca.domain.fixtures.Fixtures.accepted;
import static org.uca.domain.fixtures.Fixtures.refused;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.uca.domain.calendar.WorkingDays;
import org.uca.domain.fixtures.ACase;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.guidance.ContactGuidance;
import org.uca.domain.shared.UkTime;

@DisplayName("Restrictions lapse unless reviewed: they should not stay in place indefinitely (LGSCO)")
class LapsingTest {

    private static final DecisionId DECISION = new DecisionId(1);
    private static final LapseRule RULE = LapseRule.byDefault();

    private final Case inForce = ACase.withContactStandardsInForce();
    private final LocalDate reviewDate = inForce.decision(DECISION).get().reviewDate();
    /** The tenth working day after the review date: the last day of the default grace period. */
    private final LocalDate lastDayOfGrace = WorkingDays.ENGLAND_AND_WALES.addWorkingDays(reviewDate, 10);

    private static Instant on(LocalDate date) {
        return date.atTime(10, 0).atZone(UkTime.ZONE).toInstant();
    }

    @Test
    @DisplayName("a restriction not reviewed by its review date lapses after the grace period: it does not stay in"
            + " place indefinitely")
    void lapsesAfterTheGracePeriod() {
        LocalDate dayAfter = lastDayOfGrace.plusDays(1);
        CaseUpdate update = accepted(inForce.lapse(DECISION, RULE, on(dayAfter)));

        Decision lapsed = update.after().decision(DECISION).get();
        assertThat(lapsed.status()).isEqualTo(DecisionStatus.LAPSED);
        assertThat(lapsed.inForce()).isFalse();
        assertThat(update.event()).isEqualTo(new CaseEvent.RestrictionLapsed(inForce.id(), inForce.resident(),
                DECISION, reviewDate, dayAfter, LapseRule.UCA, on(dayAfter)));
        assertThat(update.event().by().value()).isEqualTo("UCA");
        assertThat(update.after().lapsedOn(DECISION)).contains(dayAfter);
        assertThat(DecisionStatus.LAPSED.label()).isEqualTo("Lapsed: not reviewed in time");
    }

    @Test
    @DisplayName("the grace period is working days after the review date on the England and Wales calendar: on its"
            + " last day the restriction still applies")
    void graceCountsWorkingDays() {
        assertThat(RULE.lastDayOfGrace(inForce.decision(DECISION).get())).isEqualTo(lastDayOfGrace);
        assertThat(RULE.lapses(inForce.decision(DECISION).get(), lastDayOfGrace)).isFalse();
        assertThat(RULE.lapses(inForce.decision(DECISION).get(), lastDayOfGrace.plusDays(1))).isTrue();
        assertThat(refused(inForce.lapse(DECISION, RULE, on(lastDayOfGrace))).message())
                .contains("grace period runs to " + lastDayOfGrace);
        // Christmas: 10 working days after Friday 18 December 2026 skip the weekends and both bank holidays
        assertThat(new LapseRule(10, WorkingDays.ENGLAND_AND_WALES).calendar()
                .addWorkingDays(LocalDate.of(2026, 12, 18), 10)).isEqualTo(LocalDate.of(2027, 1, 6));
    }

    @Test
    @DisplayName("a configured grace period is used: none means it lapses the day after its review date")
    void configuredGrace() {
        LapseRule none = new LapseRule(0, WorkingDays.ENGLAND_AND_WALES);
        Decision decision = inForce.decision(DECISION).get();
        assertThat(none.lapses(decision, reviewDate)).isFalse();
        assertThat(none.lapses(decision, reviewDate.plusDays(1))).isTrue();
    }

    @Test
    @DisplayName("a lapsed restriction leaves the guidance: staff are no longer told to apply it")
    void leavesTheGuidance() {
        Instant after = on(lastDayOfGrace.plusDays(1));
        assertThat(ContactGuidance.forCase(inForce, after).restricted()).isTrue();

        Case lapsed = accepted(inForce.lapse(DECISION, RULE, after)).after();

        assertThat(lapsed.decisionsInForce()).isEmpty();
        assertThat(ContactGuidance.forCase(lapsed, after).restricted()).isFalse();
    }

    @Test
    @DisplayName("running twice lapses once: a restriction already lapsed is not lapsed again")
    void idempotent() {
        Instant after = on(lastDayOfGrace.plusDays(1));
        Case lapsed = accepted(inForce.lapse(DECISION, RULE, after)).after();

        assertThat(refused(lapsed.lapse(DECISION, RULE, after.plusSeconds(60))).message())
                .contains("only a restriction in force lapses");
        assertThat(lapsed.history().filter(e -> e instanceof CaseEvent.RestrictionLapsed)).hasSize(1);
    }

    @Nested
    @DisplayName("what prevents a lapse")
    class Prevented {

        @Test
        @DisplayName("a review recorded in time prevents it: the restriction continues to its next review date")
        void reviewedInTime() {
            Instant reviewedAt = on(reviewDate.minusDays(3));
            Case reviewed = accepted(inForce.review(DECISION, ReviewOutcome.CONTINUE, List.empty(),
                    "Contact is still excessive.", Option.some(reviewDate.plusMonths(3)), Staff.SERVICE_MANAGER,
                    reviewedAt)).after();

            assertThat(RULE.lapses(reviewed.decision(DECISION).get(), lastDayOfGrace.plusDays(1))).isFalse();
            assertThat(refused(reviewed.lapse(DECISION, RULE, on(lastDayOfGrace.plusDays(1)))).message())
                    .contains("does not lapse today");
        }

        @Test
        @DisplayName("a review recorded in the grace period prevents it too")
        void reviewedInTheGracePeriod() {
            Instant reviewedAt = on(WorkingDays.ENGLAND_AND_WALES.addWorkingDays(reviewDate, 5));
            Case reviewed = accepted(inForce.review(DECISION, ReviewOutcome.CONTINUE, List.empty(),
                    "Contact is still excessive.", Option.some(reviewDate.plusMonths(3)), Staff.SERVICE_MANAGER,
                    reviewedAt)).after();

            assertThat(reviewed.lapse(DECISION, RULE, on(lastDayOfGrace.plusDays(1))).isLeft()).isTrue();
        }

        @Test
        @DisplayName("a restriction lifted, or entered in error, never lapses: it is no longer in force")
        void notInForce() {
            Instant after = on(lastDayOfGrace.plusDays(1));
            Case lifted = accepted(inForce.lift(DECISION, "No further incidents.", Staff.SERVICE_MANAGER,
                    on(reviewDate.minusDays(1)))).after();
            Case inError = accepted(inForce.markDecisionEnteredInError(DECISION, "Recorded on the wrong resident.",
                    Staff.SERVICE_MANAGER, on(reviewDate.minusDays(1)))).after();

            for (Case c : List.of(lifted, inError)) {
                assertThat(RULE.lapses(c.decision(DECISION).get(), UkTime.dateOf(after))).isFalse();
                assertThat(refused(c.lapse(DECISION, RULE, after)).message())
                        .contains("only a restriction in force lapses");
            }
        }

        @Test
        @DisplayName("a decision replaced by a later one never lapses: the later one has its own review date")
        void replaced() {
            Decision first = inForce.decision(DECISION).get();
            Case replaced = accepted(inForce.authorise(new MeasuresProposal(List.of(Measures.officeBan()),
                    first.grounds(), "Contact continued at the office.", first.safeguards(),
                    reviewDate.plusMonths(2)).whileInForce(new WhileInForce.Replaces(DECISION)),
                    Staff.SERVICE_MANAGER, on(reviewDate.minusDays(1)))).after();

            assertThat(replaced.decision(DECISION).get().status()).isEqualTo(DecisionStatus.REPLACED);
            assertThat(replaced.lapse(DECISION, RULE, on(lastDayOfGrace.plusDays(1))).isLeft()).isTrue();
            assertThat(RULE.lapses(replaced.decision(new DecisionId(2)).get(), lastDayOfGrace.plusDays(1)))
                    .isFalse();
        }
    }

    @Test
    @DisplayName("a store finds the decisions that may lapse by review date: every review date on or before the day"
            + " it gives has lapsed, and the next has not")
    void reviewDatesLapsedBy() {
        LocalDate today = LocalDate.of(2027, 1, 7);
        LocalDate latest = RULE.reviewDatesLapsedBy(today);

        assertThat(WorkingDays.ENGLAND_AND_WALES.addWorkingDays(latest, 10)).isBefore(today);
        assertThat(WorkingDays.ENGLAND_AND_WALES.addWorkingDays(latest.plusDays(1), 10)).isAfterOrEqualTo(today);
    }
}

package org.uca.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.uca.domain.fixtures.Fixtures.NOW;
import static org.uca.domain.fixtures.Fixtures.TODAY;
import static org.uca.domain.fixtures.Fixtures.accepted;
import static org.uca.domain.fixtures.Fixtures.after;
import static org.uca.domain.fixtures.Fixtures.refused;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.uca.domain.fixtures.ACase;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.measures.ContactStandard;
import org.uca.domain.measures.Measure;
import org.uca.domain.people.StaffMember;
import org.uca.domain.shared.Channel;
import org.uca.domain.shared.Refusal;

@DisplayName("Reviewing restrictions: continue, vary or lift; never open-ended")
class ReviewsTest {

    private static final DecisionId DECISION = new DecisionId(1);
    private static final String REASONS = "Two further abusive emails since the decision.";
    private static final LocalDate IN_THREE_MONTHS = TODAY.plusMonths(3);

    /** Decision 1: single point of contact and no email, by the Service Manager. */
    private final Case contactStandards = ACase.withContactStandardsInForce();

    private static Either<Refusal, CaseUpdate> review(Case c, ReviewOutcome outcome, Seq<Measure> varied,
            Option<LocalDate> next, StaffMember reviewer) {
        return c.review(DECISION, outcome, varied, REASONS, next, reviewer, NOW);
    }

    @Nested
    @DisplayName("continue or vary")
    class ContinueOrVary {

        @Test
        @DisplayName("a continued restriction keeps its measures and takes the next review date")
        void continued() {
            CaseUpdate update = accepted(review(contactStandards, ReviewOutcome.CONTINUE, List.empty(),
                    Option.some(IN_THREE_MONTHS), Staff.SERVICE_MANAGER));

            Decision decision = update.after().decisions().single();
            assertThat(decision.inForce()).isTrue();
            assertThat(decision.measures()).isEqualTo(contactStandards.decisions().single().measures());
            assertThat(decision.reviewDate()).isEqualTo(IN_THREE_MONTHS);
            assertThat(decision.reviews()).containsExactly(new Review(ReviewOutcome.CONTINUE, decision.measures(),
                    REASONS, Staff.SERVICE_MANAGER, NOW, Option.some(IN_THREE_MONTHS)));
            assertThat(update.event()).isEqualTo(new CaseEvent.RestrictionReviewed(contactStandards.id(),
                    contactStandards.resident(), DECISION, ReviewOutcome.CONTINUE, Option.some(IN_THREE_MONTHS),
                    Staff.SERVICE_MANAGER.id(), NOW));
            assertThat(update.event().summary())
                    .isEqualTo("Restriction reviewed: continue as it is, next review 2027-03-01");
        }

        @Test
        @DisplayName("a varied restriction takes the new measures")
        void varied() {
            Decision decision = after(review(contactStandards, ReviewOutcome.VARY,
                    List.of(Measures.thirtyMinutesAWeek()), Option.some(IN_THREE_MONTHS), Staff.SERVICE_MANAGER))
                    .decisions().single();

            assertThat(decision.measures()).containsExactly(Measures.thirtyMinutesAWeek());
            assertThat(decision.reviews().single().measuresAfter()).containsExactly(Measures.thirtyMinutesAWeek());
            assertThat(decision.inForce()).isTrue();
        }

        @Test
        @DisplayName("continue and vary need a next review date: restrictions are never open-ended")
        void needNextReviewDate() {
            assertThat(refused(review(contactStandards, ReviewOutcome.CONTINUE, List.empty(), Option.none(),
                    Staff.SERVICE_MANAGER)).problems()).containsExactly(new Refusal.Problem("nextReviewDate",
                    "Restrictions are never open-ended: set the next review date."));
            assertThat(refused(review(contactStandards, ReviewOutcome.VARY, List.of(Measures.officeBan()),
                    Option.none(), Staff.SERVICE_MANAGER)).concerns("nextReviewDate")).isTrue();
        }

        @Test
        @DisplayName("the next review date is after today and within 12 months")
        void nextReviewDateBounds() {
            assertThat(refused(review(contactStandards, ReviewOutcome.CONTINUE, List.empty(), Option.some(TODAY),
                    Staff.SERVICE_MANAGER)).problems()).containsExactly(new Refusal.Problem("nextReviewDate",
                    "The next review date must be after today."));
            assertThat(refused(review(contactStandards, ReviewOutcome.CONTINUE, List.empty(),
                    Option.some(TODAY.plusMonths(12).plusDays(1)), Staff.SERVICE_MANAGER)).problems())
                    .containsExactly(new Refusal.Problem("nextReviewDate",
                            "Set the next review date within 12 months."));
            assertThat(review(contactStandards, ReviewOutcome.CONTINUE, List.empty(),
                    Option.some(TODAY.plusMonths(12)), Staff.SERVICE_MANAGER).isRight()).isTrue();
            assertThat(review(contactStandards, ReviewOutcome.CONTINUE, List.empty(), Option.some(TODAY.plusDays(1)),
                    Staff.SERVICE_MANAGER).isRight()).isTrue();
        }

        @Test
        @DisplayName("a varied restriction needs valid measures the reviewer may authorise")
        void variedMeasuresChecked() {
            assertThat(refused(review(contactStandards, ReviewOutcome.VARY, List.empty(),
                    Option.some(IN_THREE_MONTHS), Staff.SERVICE_MANAGER)).problems())
                    .containsExactly(new Refusal.Problem("variedMeasures", "Choose at least one measure."));
            assertThat(refused(review(contactStandards, ReviewOutcome.VARY,
                    List.of(Measures.healthAndSafetyRepairsOnly()), Option.some(IN_THREE_MONTHS),
                    Staff.SERVICE_MANAGER)).problems()).containsExactly(new Refusal.Problem("variedMeasures",
                    "Limiting our service must be authorised by an Assistant Director or above; Sam Whitfield is a"
                            + " Service Manager."));
            assertThat(review(contactStandards, ReviewOutcome.VARY, List.of(Measures.healthAndSafetyRepairsOnly()),
                    Option.some(IN_THREE_MONTHS), Staff.ASSISTANT_DIRECTOR).isRight()).isTrue();
        }

        @Test
        @DisplayName("a varied restriction still leaves the resident a method of contact")
        void variedLeavesAMethodOpen() {
            var allButPhone = EnumSet.complementOf(EnumSet.of(Channel.PHONE));

            assertThat(refused(review(contactStandards, ReviewOutcome.VARY, List.of(Measures.noTelephoneCalls(),
                    new ContactStandard.ExcludedContactMethods(allButPhone)),
                    Option.some(IN_THREE_MONTHS), Staff.SERVICE_MANAGER)).problems())
                    .extracting(Refusal.Problem::field).containsExactly("variedMeasures");
        }

        @Test
        @DisplayName("only a varied restriction takes new measures")
        void onlyVariedTakesMeasures() {
            assertThat(refused(review(contactStandards, ReviewOutcome.CONTINUE, List.of(Measures.officeBan()),
                    Option.some(IN_THREE_MONTHS), Staff.SERVICE_MANAGER)).problems())
                    .containsExactly(new Refusal.Problem("variedMeasures",
                            "Only a varied restriction takes new measures."));
        }
    }

    @Nested
    @DisplayName("lift")
    class Lift {

        @Test
        @DisplayName("lifting ends the restriction")
        void liftingEndsTheRestriction() {
            CaseUpdate update = accepted(review(contactStandards, ReviewOutcome.LIFT, List.empty(), Option.none(),
                    Staff.SERVICE_MANAGER));

            Decision decision = update.after().decisions().single();
            assertThat(decision.status()).isEqualTo(DecisionStatus.LIFTED);
            assertThat(decision.inForce()).isFalse();
            assertThat(decision.reviewDate()).isEqualTo(contactStandards.decisions().single().reviewDate());
            assertThat(decision.reviews().single().outcome()).isEqualTo(ReviewOutcome.LIFT);
            assertThat(update.after().decisionsInForce()).isEmpty();
            assertThat(update.event()).isEqualTo(new CaseEvent.RestrictionLifted(contactStandards.id(),
                    contactStandards.resident(), DECISION, Staff.SERVICE_MANAGER.id(), NOW));
            assertThat(update.event().summary()).isEqualTo("Restriction lifted: decision 1 no longer applies");
        }

        @Test
        @DisplayName("a lifted restriction needs no review date")
        void liftNeedsNoReviewDate() {
            assertThat(refused(review(contactStandards, ReviewOutcome.LIFT, List.empty(), Option.some(IN_THREE_MONTHS),
                    Staff.SERVICE_MANAGER)).problems()).containsExactly(new Refusal.Problem("nextReviewDate",
                    "A lifted restriction needs no review date."));
        }

        @Test
        @DisplayName("lift() is a review whose outcome is to end the restriction")
        void liftShortcut() {
            Case lifted = after(contactStandards.lift(DECISION, REASONS, Staff.SERVICE_MANAGER, NOW));

            assertThat(lifted.decisions().single().status()).isEqualTo(DecisionStatus.LIFTED);
            assertThat(lifted.decisions().single().reviews().single().nextReviewDate()).isEmpty();
        }

        @Test
        @DisplayName("only a restriction in force is reviewed")
        void onlyInForce() {
            Case lifted = after(contactStandards.lift(DECISION, REASONS, Staff.SERVICE_MANAGER, NOW));

            assertThat(refused(lifted.lift(DECISION, REASONS, Staff.SERVICE_MANAGER, NOW)).problems())
                    .containsExactly(new Refusal.Problem("decision",
                            "Decision 1 is lifted; only a restriction in force is reviewed."));
        }
    }

    @Nested
    @DisplayName("the reviewer")
    class TheReviewer {

        @Test
        @DisplayName("the reviewer needs the level the measures need")
        void reviewerNeedsTheMeasuresLevel() {
            Case serviceLimits = ACase.withServiceLimitsInForce();

            assertThat(refused(serviceLimits.lift(DECISION, REASONS, Staff.SERVICE_MANAGER, NOW)).problems())
                    .extracting(Refusal.Problem::field).containsExactly("measures");
            assertThat(refused(contactStandards.lift(DECISION, REASONS, Staff.OFFICER, NOW)).message())
                    .contains("Olu Adeyemi is not a manager who can authorise");
            assertThat(serviceLimits.lift(DECISION, REASONS, Staff.SECOND_ASSISTANT_DIRECTOR, NOW).isRight()).isTrue();
            assertThat(contactStandards.lift(DECISION, REASONS, Staff.DIRECTOR, NOW).isRight()).isTrue();
        }

        @Test
        @DisplayName("a review gives reasons and concerns a decision on this case")
        void reasonsAndDecision() {
            assertThat(refused(contactStandards.lift(DECISION, "", Staff.SERVICE_MANAGER, NOW)).problems())
                    .extracting(Refusal.Problem::field).containsExactly("reasons");
            assertThat(refused(contactStandards.lift(new DecisionId(4), REASONS, Staff.SERVICE_MANAGER, NOW))
                    .problems()).containsExactly(new Refusal.Problem("decision",
                    "There is no decision 4 on this case."));
        }
    }

    @Test
    @DisplayName("a review is due on or after its review date, while the restriction is in force")
    void reviewDue() {
        Decision decision = contactStandards.decisions().single();

        assertThat(decision.reviewDueBy(decision.reviewDate().minusDays(1))).isFalse();
        assertThat(decision.reviewDueBy(decision.reviewDate())).isTrue();
        Decision lifted = after(contactStandards.lift(DECISION, REASONS, Staff.SERVICE_MANAGER, NOW))
                .decisions().single();
        assertThat(lifted.reviewDueBy(decision.reviewDate())).isFalse();
    }

    @Test
    @DisplayName("outcomes and statuses read in plain English; reviews are complete records")
    void labels() {
        assertThat(ReviewOutcome.CONTINUE.label()).isEqualTo("Continue as it is");
        assertThat(ReviewOutcome.VARY.label()).isEqualTo("Vary the measures");
        assertThat(ReviewOutcome.LIFT.label()).isEqualTo("Lift the restriction");
        assertThat(DecisionStatus.IN_FORCE.label()).isEqualTo("In force");
        assertThatThrownBy(() -> new Review(ReviewOutcome.LIFT, List.empty(), REASONS, Staff.SERVICE_MANAGER, NOW,
                null)).isInstanceOf(NullPointerException.class);
    }
}

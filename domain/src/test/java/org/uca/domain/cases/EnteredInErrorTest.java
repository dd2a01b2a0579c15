package org.uca.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uca.domain.fixtures.Fixtures.NOW;
import static org.uca.domain.fixtures.Fixtures.accepted;
import static org.uca.domain.fixtures.Fixtures.after;
import static org.uca.domain.fixtures.Fixtures.refused;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.uca.domain.fixtures.ACase;
import org.uca.domain.fixtures.AProposal;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.shared.Refusal;

@DisplayName("Marking an action, warning or decision as entered in error (UK GDPR Article 16)")
class EnteredInErrorTest {

    private static final String REASON = "Recorded on the wrong resident's case.";
    private static final ActionId ACTION_1 = new ActionId(1);
    private static final ActionId ACTION_2 = new ActionId(2);
    private static final WarningId WARNING_1 = new WarningId(1);
    private static final DecisionId DECISION_1 = new DecisionId(1);

    @Nested
    @DisplayName("an action")
    class AnAction {

        private final Case warnedAndContinued = ACase.warnedAndContinued();

        @Test
        @DisplayName("is marked with who, when and why, as a new event; the original stays on the case")
        void markedWithWhoWhenAndWhy() {
            CaseUpdate update = accepted(warnedAndContinued.markActionEnteredInError(ACTION_2, "  " + REASON + " ",
                    Staff.OFFICER, NOW));

            UnacceptableAction marked = update.after().action(ACTION_2).get();
            assertThat(marked.report()).isEqualTo(warnedAndContinued.action(ACTION_2).get().report());
            assertThat(marked.enteredInError()).contains(new EnteredInError(Staff.OFFICER.id(), NOW, REASON));
            assertThat(update.event()).isEqualTo(new CaseEvent.MarkedEnteredInError(warnedAndContinued.id(),
                    warnedAndContinued.resident(), EnteredInError.Part.ACTION, 2, Staff.OFFICER.id(), NOW));
            assertThat(update.event().summary())
                    .isEqualTo("Unacceptable action 2 marked as entered in error: it should never have been recorded");
            assertThat(update.after().history()).hasSize(warnedAndContinued.history().size() + 1);
        }

        @Test
        @DisplayName("needs a reason, and changes nothing without one")
        void needsAReason() {
            Refusal refusal = refused(warnedAndContinued.markActionEnteredInError(ACTION_2, " ", Staff.OFFICER, NOW));

            assertThat(refusal.concerns("reason")).isTrue();
        }

        @Test
        @DisplayName("may be marked by the person who recorded it or a manager, not by another officer")
        void recorderOrManager() {
            accepted(warnedAndContinued.markActionEnteredInError(ACTION_2, REASON, Staff.SERVICE_MANAGER, NOW));
            Refusal refusal = refused(warnedAndContinued.markActionEnteredInError(ACTION_2, REASON,
                    Staff.CONTACT_CENTRE_OFFICER, NOW));
            assertThat(refusal.concerns("by")).isTrue();
            assertThat(refusal.message()).contains("Only the person who recorded action 2, or a Service Manager");
            assertThat(warnedAndContinued.mayMarkEnteredInError(EnteredInError.Part.ACTION, 2, Staff.OFFICER))
                    .isTrue();
            assertThat(warnedAndContinued.mayMarkEnteredInError(EnteredInError.Part.ACTION, 2,
                    Staff.CONTACT_CENTRE_OFFICER)).isFalse();
        }

        @Test
        @DisplayName("is marked only once")
        void onlyOnce() {
            Case marked = after(warnedAndContinued.markActionEnteredInError(ACTION_2, REASON, Staff.OFFICER, NOW));

            assertThat(refused(marked.markActionEnteredInError(ACTION_2, REASON, Staff.OFFICER, NOW)).message())
                    .contains("Unacceptable action 2 is already marked as entered in error");
        }

        @Test
        @DisplayName("an action entered in error can no longer be referred to by a new warning")
        void noNewWarning() {
            Case marked = after(warnedAndContinued.markActionEnteredInError(ACTION_2, REASON, Staff.OFFICER, NOW));

            Refusal refusal = refused(marked.issueWarning(List.of(ACTION_2), "Abuse is unacceptable.",
                    "Stop the abuse.", Staff.OFFICER, NOW));
            assertThat(refusal.concerns("actionsReferredTo")).isTrue();
            assertThat(refusal.message()).contains("entered in error");
        }

        @Test
        @DisplayName("an action entered in error can no longer be referred to by a new decision")
        void noNewDecision() {
            Case marked = after(warnedAndContinued.markActionEnteredInError(ACTION_2, REASON, Staff.OFFICER, NOW));

            Refusal refusal = refused(marked.authorise(AProposal.contactStandards(Measures.noEmail())
                    .afterWarning(WARNING_1, ACTION_2).build(), Staff.SERVICE_MANAGER, NOW));
            assertThat(refusal.concerns("grounds.furtherActions")).isTrue();
        }
    }

    @Nested
    @DisplayName("a warning")
    class AWarning {

        private final Case warnedAndContinued = ACase.warnedAndContinued();

        @Test
        @DisplayName("a warning entered in error can no longer be the grounds of a new decision")
        void noNewDecision() {
            Case marked = after(warnedAndContinued.markWarningEnteredInError(WARNING_1, REASON, Staff.OFFICER, NOW));

            assertThat(marked.warning(WARNING_1).get().isEnteredInError()).isTrue();
            Refusal refusal = refused(marked.authorise(AProposal.contactStandards(Measures.noEmail())
                    .afterWarning(WARNING_1, ACTION_2).build(), Staff.SERVICE_MANAGER, NOW));
            assertThat(refusal.concerns("grounds.warning")).isTrue();
        }

        @Test
        @DisplayName("a warning whose actions were all entered in error warned of nothing, so it can no longer be the"
                + " grounds of a new decision")
        void warningOfNothingIsNoGrounds() {
            Case marked = after(warnedAndContinued.markActionEnteredInError(ACTION_1, REASON, Staff.OFFICER, NOW));

            Refusal refusal = refused(marked.authorise(AProposal.contactStandards(Measures.noEmail())
                    .afterWarning(WARNING_1, ACTION_2).build(), Staff.SERVICE_MANAGER, NOW));
            assertThat(refusal.problems()).extracting(Refusal.Problem::field).containsExactly("grounds.warning");
            assertThat(refusal.message()).contains("Every action warning 1 refers to (1) was entered in error");
        }

        @Test
        @DisplayName("may be marked by the person who issued it or a manager, not by another officer")
        void issuerOrManager() {
            accepted(warnedAndContinued.markWarningEnteredInError(WARNING_1, REASON, Staff.SERVICE_MANAGER, NOW));
            assertThat(refused(warnedAndContinued.markWarningEnteredInError(WARNING_1, REASON,
                    Staff.CONTACT_CENTRE_OFFICER, NOW)).concerns("by")).isTrue();
        }
    }

    @Nested
    @DisplayName("a decision")
    class ADecision {

        @Test
        @DisplayName("a decision entered in error leaves the guidance at once, and is not lifted")
        void leavesTheGuidance() {
            Case inForce = ACase.withContactStandardsInForce();

            Case marked = after(inForce.markDecisionEnteredInError(DECISION_1, REASON, Staff.SERVICE_MANAGER, NOW));

            Decision decision = marked.decision(DECISION_1).get();
            assertThat(decision.status()).isEqualTo(DecisionStatus.ENTERED_IN_ERROR);
            assertThat(decision.reviews()).isEmpty();
            assertThat(decision.enteredInError()).contains(new EnteredInError(Staff.SERVICE_MANAGER.id(), NOW,
                    REASON));
            assertThat(marked.decisionsInForce()).isEmpty();
        }

        @Test
        @DisplayName("is distinct from lifting: a lifted decision can still be entered in error, and one entered in"
                + " error can no longer be reviewed, lifted or appealed")
        void distinctFromLifting() {
            Case lifted = ACase.aCase().withAction().warned().withFurtherAction().authorised(Measures.noEmail())
                    .lifted().build();
            Case liftedThenMarked = after(lifted.markDecisionEnteredInError(DECISION_1, REASON,
                    Staff.SERVICE_MANAGER, NOW));
            assertThat(liftedThenMarked.decision(DECISION_1).get().status())
                    .isEqualTo(DecisionStatus.ENTERED_IN_ERROR);
            assertThat(liftedThenMarked.decision(DECISION_1).get().reviews()).hasSize(1);

            Case marked = after(ACase.withContactStandardsInForce().markDecisionEnteredInError(DECISION_1, REASON,
                    Staff.SERVICE_MANAGER, NOW));
            assertThat(refused(marked.lift(DECISION_1, "No longer needed.", Staff.SERVICE_MANAGER, NOW)).message())
                    .contains("Decision 1 is entered in error");
            assertThat(refused(marked.lodgeAppeal(DECISION_1, org.uca.domain.fixtures.Fixtures.TODAY,
                    "I never did this.", Staff.OFFICER, NOW, org.uca.domain.fixtures.Fixtures.WORKING_DAYS))
                    .concerns("decision")).isTrue();
        }

        @Test
        @DisplayName("an appeal against a decision entered in error is not decided, and no longer awaits a decision:"
                + " the decision is withdrawn as a mistake already")
        void appealAgainstADecisionEnteredInError() {
            Case appealed = ACase.aCase().withAction(org.uca.domain.fixtures.Reports::disproportionateContact)
                    .warned().withFurtherAction(org.uca.domain.fixtures.Reports::disproportionateContact)
                    .authorised(Measures.noEmail()).appealed().build();
            Appeal appeal = appealed.appeals().get(0);
            assertThat(appealed.awaitsDecision(appeal)).isTrue();

            Case marked = after(appealed.markDecisionEnteredInError(DECISION_1, REASON, Staff.SERVICE_MANAGER, NOW));

            assertThat(marked.awaitsDecision(marked.appeals().get(0))).isFalse();
            Refusal refusal = refused(marked.decideAppeal(appeal.id(), AppealOutcome.DECISION_UPHELD, List.empty(),
                    "The decision was right.", Staff.ASSISTANT_DIRECTOR, NOW));
            assertThat(refusal.concerns("appeal")).isTrue();
            assertThat(refusal.message()).contains("Decision 1 was entered in error, so there is nothing left to"
                    + " appeal against");
            assertThat(marked.decision(DECISION_1).get().status()).isEqualTo(DecisionStatus.ENTERED_IN_ERROR);
        }

        @Test
        @DisplayName("is marked only by someone at the level its measures need, or above")
        void atTheDecisionsAuthority() {
            Case inForce = ACase.withServiceLimitsInForce(); // needs an Assistant Director

            Refusal refusal = refused(inForce.markDecisionEnteredInError(DECISION_1, REASON, Staff.SERVICE_MANAGER,
                    NOW));
            assertThat(refusal.message()).contains("by an Assistant Director or above; Sam Whitfield is a Service"
                    + " Manager");
            accepted(inForce.markDecisionEnteredInError(DECISION_1, REASON, Staff.DIRECTOR, NOW));
            assertThat(refused(inForce.markDecisionEnteredInError(DECISION_1, REASON, Staff.OFFICER, NOW))
                    .concerns("by")).isTrue();
            assertThat(inForce.mayMarkEnteredInError(EnteredInError.Part.DECISION, 1, Staff.SERVICE_MANAGER))
                    .isFalse();
            assertThat(inForce.mayMarkEnteredInError(EnteredInError.Part.DECISION, 1, Staff.ASSISTANT_DIRECTOR))
                    .isTrue();
        }

        @Test
        @DisplayName("a decision in force resting only on actions entered in error is flagged for review")
        void restingOnActionsInError() {
            Case inForce = ACase.withContactStandardsInForce();
            Decision decision = inForce.decision(DECISION_1).get();
            assertThat(inForce.restsOnEntriesInError(decision)).isFalse();

            Case marked = after(inForce.markActionEnteredInError(ACTION_2, REASON, Staff.OFFICER, NOW));

            assertThat(marked.restsOnEntriesInError(marked.decision(DECISION_1).get())).isTrue();
            assertThat(marked.decisionsInForce()).hasSize(1); // still in force until someone reviews it
        }

        @Test
        @DisplayName("a decision in force whose warning was entered in error is flagged for review")
        void restingOnAWarningInError() {
            Case marked = after(ACase.withContactStandardsInForce().markWarningEnteredInError(WARNING_1, REASON,
                    Staff.OFFICER, NOW));

            assertThat(marked.restsOnEntriesInError(marked.decision(DECISION_1).get())).isTrue();
        }

        @Test
        @DisplayName("a decision in force after a warning whose actions were all entered in error is flagged for"
                + " review")
        void restingOnAWarningOfNothing() {
            Case marked = after(ACase.withContactStandardsInForce().markActionEnteredInError(ACTION_1, REASON,
                    Staff.OFFICER, NOW));

            assertThat(marked.restsOnEntriesInError(marked.decision(DECISION_1).get())).isTrue();
            assertThat(marked.decisionsRestingOnEntriesInError()).extracting(Decision::id).containsExactly(DECISION_1);
        }

        @Test
        @DisplayName("a decision still resting on an action not entered in error is not flagged")
        void restingOnAnotherAction() {
            Case twoActions = ACase.aCase().withAction().warned().withFurtherAction().withFurtherAction()
                    .authorised(Measures.noEmail()).build();

            Case marked = after(twoActions.markActionEnteredInError(ACTION_2, REASON, Staff.OFFICER, NOW));

            assertThat(marked.restsOnEntriesInError(marked.decision(DECISION_1).get())).isFalse();
        }
    }

    @Test
    @DisplayName("the retention rule removes the reason, and keeps who marked it and when")
    void retentionRemovesTheReason() {
        Case marked = after(ACase.withContactStandardsInForce().markDecisionEnteredInError(DECISION_1, REASON,
                Staff.SERVICE_MANAGER, NOW));

        Case anonymised = marked.anonymise();

        assertThat(anonymised.decision(DECISION_1).get().enteredInError())
                .isEqualTo(Option.some(new EnteredInError(Staff.SERVICE_MANAGER.id(), NOW, Case.REMOVED)));
        assertThat(anonymised.decision(DECISION_1).get().status()).isEqualTo(DecisionStatus.ENTERED_IN_ERROR);
    }
}

package org.uca.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uca.domain.fixtures.Fixtures.NOW;
import static org.uca.domain.fixtures.Fixtures.TODAY;
import static org.uca.domain.fixtures.Fixtures.accepted;
import static org.uca.domain.fixtures.Fixtures.after;
import static org.uca.domain.fixtures.Fixtures.refused;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.uca.domain.fixtures.ACase;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.shared.Refusal;

@DisplayName("Amending an action, warning or decision with a reason: the original stays, marked as superseded")
class AmendingRecordsTest {

    private static final String REASON = "The date and the account were typed from the wrong report.";
    private static final ActionId ACTION_2 = new ActionId(2);
    private static final WarningId WARNING_1 = new WarningId(1);
    private static final DecisionId DECISION_1 = new DecisionId(1);

    private static ActionReport withAccount(ActionReport r, String whatHappened) {
        return new ActionReport(r.kind(), r.otherKind(), r.affected(), r.occurredAt(), r.channel(), r.reportedBy(),
                whatHappened, r.safetyConcern());
    }

    @Nested
    @DisplayName("an action")
    class AnAction {

        private final Case warnedAndContinued = ACase.warnedAndContinued();
        private final ActionReport original = warnedAndContinued.action(ACTION_2).get().report();

        @Test
        @DisplayName("keeps its number; the report as it was stays with it, with who corrected it, when and why, as a"
                + " new event")
        void originalKeptAsSuperseded() {
            ActionReport corrected = withAccount(original, "Shouted at the caretaker in the car park.");

            CaseUpdate update = accepted(warnedAndContinued.amendAction(ACTION_2, corrected, " " + REASON + " ",
                    Staff.OFFICER, NOW));

            UnacceptableAction amended = update.after().action(ACTION_2).get();
            assertThat(amended.id()).isEqualTo(ACTION_2);
            assertThat(amended.report()).isEqualTo(corrected);
            assertThat(amended.amendments()).containsExactly(new Amendment<>(original, Staff.OFFICER.id(), NOW,
                    REASON));
            assertThat(update.event()).isEqualTo(new CaseEvent.RecordAmended(warnedAndContinued.id(),
                    warnedAndContinued.resident(), EnteredInError.Part.ACTION, 2, 1, Staff.OFFICER.id(), NOW));
            assertThat(update.event().summary())
                    .isEqualTo("Unacceptable action 2 amended: the original stays, marked as superseded");
            assertThat(update.after().history()).hasSize(warnedAndContinued.history().size() + 1);
        }

        @Test
        @DisplayName("needs a reason, and a change; refused, it changes nothing")
        void needsAReasonAndAChange() {
            Refusal noReason = refused(warnedAndContinued.amendAction(ACTION_2, withAccount(original, "Shouted."),
                    " ", Staff.OFFICER, NOW));
            assertThat(noReason.concerns("reason")).isTrue();

            Refusal unchanged = refused(warnedAndContinued.amendAction(ACTION_2, original, REASON, Staff.OFFICER,
                    NOW));
            assertThat(unchanged.message()).contains("The amendment changes nothing");
        }

        @Test
        @DisplayName("keeps the rules it was recorded under: an account of what happened is required")
        void sameRulesAsWhenRecorded() {
            Refusal refusal = refused(warnedAndContinued.amendAction(ACTION_2, withAccount(original, " "), REASON,
                    Staff.OFFICER, NOW));

            assertThat(refusal.concerns("whatHappened")).isTrue();
        }

        @Test
        @DisplayName("may be amended by the person who recorded it or a manager, not by another officer")
        void recorderOrManager() {
            ActionReport corrected = withAccount(original, "Shouted.");
            accepted(warnedAndContinued.amendAction(ACTION_2, corrected, REASON, Staff.SERVICE_MANAGER, NOW));
            Refusal refusal = refused(warnedAndContinued.amendAction(ACTION_2, corrected, REASON,
                    Staff.CONTACT_CENTRE_OFFICER, NOW));
            assertThat(refusal.message()).contains("Only the person who recorded action 2, or a Service Manager");
            assertThat(warnedAndContinued.mayAmend(EnteredInError.Part.ACTION, 2, Staff.CONTACT_CENTRE_OFFICER))
                    .isFalse();
        }

        @Test
        @DisplayName("a correction cannot take away the grounds of a decision or warning resting on the action: a"
                + " further action moved before the warning, an action warned about moved after its warning, or the"
                + " safety concerns of immediate action")
        void theGroundsOfADecisionStillHold() {
            Case inForce = ACase.withContactStandardsInForce();
            ActionReport r = inForce.action(ACTION_2).get().report();
            ActionReport beforeTheWarning = new ActionReport(r.kind(), r.otherKind(), r.affected(),
                    inForce.warning(WARNING_1).get().issuedAt().minusSeconds(3600), r.channel(), r.reportedBy(),
                    r.whatHappened(), r.safetyConcern());
            assertThat(refused(inForce.amendAction(ACTION_2, beforeTheWarning, REASON, Staff.OFFICER, NOW))
                    .message()).contains("Decision 1 rests on action 2 having happened after warning 1");
            ActionReport first = inForce.action(new ActionId(1)).get().report();
            ActionReport afterItsWarning = new ActionReport(first.kind(), first.otherKind(), first.affected(),
                    inForce.warning(WARNING_1).get().issuedAt().plusSeconds(60), first.channel(), first.reportedBy(),
                    first.whatHappened(), first.safetyConcern());
            assertThat(refused(inForce.amendAction(new ActionId(1), afterItsWarning, REASON, Staff.OFFICER, NOW))
                    .message()).as("a warning is about what happened before it")
                    .contains("Warning 1 was issued about action 1");

            Case immediate = ACase.withImmediateActionInForce();
            UnacceptableAction safety = immediate.actions().find(UnacceptableAction::raisesSafetyConcerns).get();
            ActionReport s = safety.report();
            ActionReport noConcern = new ActionReport(s.kind(), s.otherKind(), s.affected(), s.occurredAt(),
                    s.channel(), s.reportedBy(), s.whatHappened(), false);
            assertThat(refused(immediate.amendAction(safety.id(), noConcern, REASON, Staff.SERVICE_MANAGER, NOW))
                    .concerns("safetyConcern")).isTrue();
        }

        @Test
        @DisplayName("an action entered in error cannot be amended")
        void notWhenEnteredInError() {
            Case marked = after(warnedAndContinued.markActionEnteredInError(ACTION_2, "Wrong case.", Staff.OFFICER,
                    NOW));

            assertThat(refused(marked.amendAction(ACTION_2, withAccount(original, "Shouted."), REASON,
                    Staff.OFFICER, NOW)).message()).contains("Unacceptable action 2 was entered in error, so it cannot"
                            + " be amended");
            assertThat(marked.mayAmend(EnteredInError.Part.ACTION, 2, Staff.OFFICER)).isFalse();
        }
    }

    @Nested
    @DisplayName("a warning")
    class AWarning {

        private final Case warnedAndContinued = ACase.warnedAndContinued();
        private final Warning original = warnedAndContinued.warning(WARNING_1).get();

        @Test
        @DisplayName("keeps its number and the actions it refers to; the wording the resident was sent is kept,"
                + " superseded, and each further correction is counted")
        void wordingKeptAsSuperseded() {
            Case once = after(warnedAndContinued.amendWarning(WARNING_1, "Abusive calls are unacceptable.",
                    original.whatMustChange(), REASON, Staff.OFFICER, NOW));
            CaseUpdate twice = accepted(once.amendWarning(WARNING_1, "Abusive calls and emails are unacceptable.",
                    original.whatMustChange(), REASON, Staff.SERVICE_MANAGER, NOW));

            Warning amended = twice.after().warning(WARNING_1).get();
            assertThat(amended.reasons()).isEqualTo("Abusive calls and emails are unacceptable.");
            assertThat(amended.actionsReferredTo()).isEqualTo(original.actionsReferredTo());
            assertThat(amended.amendments().map(Amendment::superseded)).containsExactly(original.wording(),
                    new Warning.Wording("Abusive calls are unacceptable.", original.whatMustChange()));
            assertThat(twice.event().summary())
                    .isEqualTo("Warning 1 amended (correction 2): the original stays, marked as superseded");
        }

        @Test
        @DisplayName("still says what the resident must stop or change")
        void sameRulesAsWhenIssued() {
            Refusal refusal = refused(warnedAndContinued.amendWarning(WARNING_1, original.reasons(), " ", REASON,
                    Staff.OFFICER, NOW));

            assertThat(refusal.concerns("whatMustChange")).isTrue();
        }

        @Test
        @DisplayName("may be amended by the person who issued it or a manager, not by another officer")
        void issuerOrManager() {
            assertThat(refused(warnedAndContinued.amendWarning(WARNING_1, "Corrected.", original.whatMustChange(),
                    REASON, Staff.CONTACT_CENTRE_OFFICER, NOW)).concerns("by")).isTrue();
        }
    }

    @Nested
    @DisplayName("the details of a decision")
    class ADecision {

        @Test
        @DisplayName("its reasons and review date are corrected; its measures and status stay, and the details as"
                + " they were are kept, superseded")
        void detailsKeptAsSuperseded() {
            Case inForce = ACase.withContactStandardsInForce();
            Decision original = inForce.decision(DECISION_1).get();

            Case amended = after(inForce.amendDecisionDetails(DECISION_1, "Repeated abusive emails to staff.",
                    TODAY.plusMonths(3), REASON, Staff.SERVICE_MANAGER, NOW));

            Decision decision = amended.decision(DECISION_1).get();
            assertThat(decision.reasons()).isEqualTo("Repeated abusive emails to staff.");
            assertThat(decision.reviewDate()).isEqualTo(TODAY.plusMonths(3));
            assertThat(decision.measures()).isEqualTo(original.measures());
            assertThat(decision.status()).isEqualTo(DecisionStatus.IN_FORCE);
            assertThat(decision.amendments()).containsExactly(new Amendment<>(original.details(),
                    Staff.SERVICE_MANAGER.id(), NOW, REASON));
        }

        @Test
        @DisplayName("a corrected review date keeps the rule: never open-ended, within 12 months, and not in the"
                + " past")
        void reviewDateWithinTheSameRules() {
            Case inForce = ACase.withContactStandardsInForce();
            String reasons = inForce.decision(DECISION_1).get().reasons();

            assertThat(refused(inForce.amendDecisionDetails(DECISION_1, reasons, TODAY.plusMonths(13), REASON,
                    Staff.SERVICE_MANAGER, NOW)).message()).contains("Restrictions are never open-ended");
            assertThat(refused(inForce.amendDecisionDetails(DECISION_1, reasons, TODAY.minusDays(1), REASON,
                    Staff.SERVICE_MANAGER, NOW)).concerns("reviewDate")).isTrue();
        }

        @Test
        @DisplayName("is amended only by someone at the level its measures need, or above")
        void atTheDecisionsAuthority() {
            Case inForce = ACase.withServiceLimitsInForce(); // needs an Assistant Director
            Decision original = inForce.decision(DECISION_1).get();

            Refusal refusal = refused(inForce.amendDecisionDetails(DECISION_1, "Corrected reasons.",
                    original.reviewDate(), REASON, Staff.SERVICE_MANAGER, NOW));
            assertThat(refusal.message()).contains("can only be amended by an Assistant Director or above");
            accepted(inForce.amendDecisionDetails(DECISION_1, "Corrected reasons.", original.reviewDate(), REASON,
                    Staff.DIRECTOR, NOW));
            assertThat(inForce.mayAmend(EnteredInError.Part.DECISION, 1, Staff.SERVICE_MANAGER)).isFalse();
        }

        @Test
        @DisplayName("a decision entered in error cannot be amended")
        void notWhenEnteredInError() {
            Case marked = after(ACase.withContactStandardsInForce().markDecisionEnteredInError(DECISION_1,
                    "Wrong case.", Staff.SERVICE_MANAGER, NOW));

            assertThat(refused(marked.amendDecisionDetails(DECISION_1, "Corrected reasons.", TODAY.plusMonths(2),
                    REASON, Staff.SERVICE_MANAGER, NOW)).concerns("decision")).isTrue();
        }
    }

    @Test
    @DisplayName("the retention rule removes the superseded text and the reason, and keeps who corrected it and when")
    void retentionRemovesSupersededText() {
        Case amended = after(ACase.warnedAndContinued().amendWarning(WARNING_1, "Corrected reasons.",
                "Corrected change.", REASON, Staff.OFFICER, NOW));

        Amendment<Warning.Wording> kept = amended.anonymise().warning(WARNING_1).get().amendments().head();

        assertThat(kept).isEqualTo(new Amendment<>(new Warning.Wording(Case.REMOVED, Case.REMOVED),
                Staff.OFFICER.id(), NOW, Case.REMOVED));
    }
}

package org.uca.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.uca.domain.fixtures.Fixtures.NOW;
import static org.uca.domain.fixtures.Fixtures.accepted;
import static org.uca.domain.fixtures.Fixtures.after;
import static org.uca.domain.fixtures.Fixtures.daysAfterNow;
import static org.uca.domain.fixtures.Fixtures.daysBeforeNow;
import static org.uca.domain.fixtures.Fixtures.refused;

import io.vavr.collection.List;
import java.util.EnumSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.uca.domain.fixtures.ACase;
import org.uca.domain.fixtures.Reports;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.shared.Channel;
import org.uca.domain.shared.Refusal;

@DisplayName("Recording unacceptable actions and warning the resident (policy 2.1, 3.1, 4.1)")
class RecordingActionsTest {

    private final Case empty = ACase.aCase().build();

    @Nested
    @DisplayName("recording actions")
    class RecordingActions {

        @Test
        @DisplayName("an action is recorded with who recorded it and when, as action 1")
        void recordsOneAction() {
            ActionReport report = Reports.verbalAbuse(daysBeforeNow(1));

            CaseUpdate update = accepted(empty.recordActions(List.of(report), Staff.OFFICER, NOW));

            UnacceptableAction recorded = update.after().actions().single();
            assertThat(recorded.id()).isEqualTo(new ActionId(1));
            assertThat(recorded.report()).isEqualTo(report);
            assertThat(recorded.kind()).isEqualTo(ActionKind.VERBAL_ABUSE);
            assertThat(recorded.occurredAt()).isEqualTo(daysBeforeNow(1));
            assertThat(recorded.raisesSafetyConcerns()).isFalse();
            assertThat(recorded.recordedBy()).isEqualTo(Staff.OFFICER.id());
            assertThat(recorded.recordedAt()).isEqualTo(NOW);
            assertThat(update.event()).isEqualTo(new CaseEvent.ActionsRecorded(empty.id(), empty.resident(),
                    List.of(new ActionId(1)), false, Staff.OFFICER.id(), NOW));
            assertThat(update.event().summary()).isEqualTo("Unacceptable action recorded");
        }

        @Test
        @DisplayName("actions are numbered 1..n in the order recorded, across reports")
        void actionsNumberedInOrder() {
            Case withOne = ACase.aCase().withAction().build();

            CaseUpdate update = accepted(withOne.recordActions(List.of(Reports.offensiveLanguage(daysBeforeNow(2)),
                    Reports.disproportionateContact(daysBeforeNow(1))), Staff.OFFICER, NOW));

            assertThat(update.after().actions().map(UnacceptableAction::id))
                    .containsExactly(new ActionId(1), new ActionId(2), new ActionId(3));
            assertThat(((CaseEvent.ActionsRecorded) update.event()).actions())
                    .containsExactly(new ActionId(2), new ActionId(3));
            assertThat(update.event().summary()).isEqualTo("2 unacceptable actions recorded");
        }

        @Test
        @DisplayName("the event says whether any of the actions raises safety concerns")
        void eventFlagsSafetyConcerns() {
            CaseUpdate update = accepted(empty.recordActions(List.of(Reports.verbalAbuse(daysBeforeNow(1)),
                    Reports.threatsWithSafetyConcern(daysBeforeNow(1))), Staff.OFFICER, NOW));

            assertThat(((CaseEvent.ActionsRecorded) update.event()).safetyConcerns()).isTrue();
            assertThat(update.after().action(new ActionId(2)).get().raisesSafetyConcerns()).isTrue();
        }

        @Test
        @DisplayName("at least one action must be recorded")
        void atLeastOneAction() {
            Refusal refusal = refused(empty.recordActions(List.empty(), Staff.OFFICER, NOW));

            assertThat(refusal.problems()).containsExactly(new Refusal.Problem("actions",
                    "Record at least one action."));
        }

        @Test
        @DisplayName("every problem with a report is reported at once, naming its field")
        void everyFieldProblemAtOnce() {
            ActionReport report = Reports.of(ActionKind.VERBAL_ABUSE).affectingNobody().at(daysAfterNow(1))
                    .describedAs("   ").otherKind("Shouting").build();

            Refusal refusal = refused(empty.recordActions(List.of(report), Staff.OFFICER, NOW));

            assertThat(refusal.problems()).extracting(Refusal.Problem::field)
                    .containsExactly("affected", "occurredAt", "whatHappened", "otherKind");
            assertThat(refusal.message()).contains("Say who was affected: staff, contractors or governance /"
                    + " resident group members.")
                    .contains("An action cannot be recorded before it happened.")
                    .contains("Give an account of what happened.")
                    .contains("Only an \"other\" kind of action takes its own description.");
        }

        @Test
        @DisplayName("with several reports, each problem names the report it is in: actions[i].field")
        void problemsIndexedWhenSeveral() {
            ActionReport fine = Reports.verbalAbuse(daysBeforeNow(1));
            ActionReport noAccount = Reports.of(ActionKind.THREATS).at(daysBeforeNow(1)).describedAs("").build();
            ActionReport future = Reports.verbalAbuse(daysAfterNow(2));

            Refusal refusal = refused(empty.recordActions(List.of(fine, noAccount, future), Staff.OFFICER, NOW));

            assertThat(refusal.problems()).extracting(Refusal.Problem::field)
                    .containsExactly("reports[1].whatHappened", "reports[2].occurredAt");
        }

        @Test
        @DisplayName("an action recorded at the moment it happened is accepted")
        void actionAtNowAccepted() {
            assertThat(empty.recordActions(List.of(Reports.verbalAbuse(NOW)), Staff.OFFICER, NOW).isRight()).isTrue();
        }

        @Test
        @DisplayName("\"other\" kinds of action need a short description of the kind")
        void otherKindsNeedADescription() {
            ActionReport undescribed = Reports.of(ActionKind.OTHER_UNREASONABLE_DEMANDS_OR_PERSISTENCE)
                    .at(daysBeforeNow(1)).build();
            ActionReport multiLine = Reports.of(ActionKind.OTHER_VIOLENCE_AGGRESSION_OR_ABUSE).at(daysBeforeNow(1))
                    .otherKind("Spitting\nat staff").build();
            ActionReport described = Reports.other(ActionKind.OTHER_VIOLENCE_AGGRESSION_OR_ABUSE,
                    "Spitting at staff", daysBeforeNow(1));

            assertThat(refused(empty.recordActions(List.of(undescribed), Staff.OFFICER, NOW)).problems())
                    .extracting(Refusal.Problem::field).containsExactly("otherKind");
            assertThat(refused(empty.recordActions(List.of(multiLine), Staff.OFFICER, NOW)).problems())
                    .extracting(Refusal.Problem::field).containsExactly("otherKind");
            assertThat(after(empty.recordActions(List.of(described), Staff.OFFICER, NOW)).actions().single()
                    .report().otherKind()).isEqualTo("Spitting at staff");
        }

        @Test
        @DisplayName("an account of what happened is at most 4000 characters")
        void accountLimited() {
            ActionReport tooLong = Reports.of(ActionKind.THREATS).at(daysBeforeNow(1)).describedAs("x".repeat(4001))
                    .build();

            assertThat(refused(empty.recordActions(List.of(tooLong), Staff.OFFICER, NOW)).problems())
                    .extracting(Refusal.Problem::field).containsExactly("whatHappened");
        }
    }

    @Nested
    @DisplayName("the report itself")
    class TheReport {

        @Test
        @DisplayName("a report tidies its text and keeps its own copy of who was affected")
        void tidiesText() {
            var affected = EnumSet.of(AffectedParty.CONTRACTOR);
            ActionReport report = new ActionReport(ActionKind.THREATS, null, affected, NOW, Channel.IN_PERSON,
                    Staff.OFFICER.id(), "  Threatened the plumber.  ", true);
            affected.add(AffectedParty.STAFF);

            assertThat(report.otherKind()).isEmpty();
            assertThat(report.whatHappened()).isEqualTo("Threatened the plumber.");
            assertThat(report.affected()).containsExactly(AffectedParty.CONTRACTOR);
            assertThat(new ActionReport(ActionKind.THREATS, " x ", EnumSet.noneOf(AffectedParty.class), NOW,
                    Channel.IN_PERSON, Staff.OFFICER.id(), null, true).whatHappened()).isEmpty();
        }

        @Test
        @DisplayName("a report always says what kind, when, how and who reported it")
        void requiredParts() {
            var affected = EnumSet.of(AffectedParty.STAFF);
            var by = Staff.OFFICER.id();
            assertThatThrownBy(() -> new ActionReport(null, "", affected, NOW, Channel.PHONE, by, "x", false))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new ActionReport(ActionKind.THREATS, "", null, NOW, Channel.PHONE, by, "x",
                    false)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new ActionReport(ActionKind.THREATS, "", affected, null, Channel.PHONE, by,
                    "x", false)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new ActionReport(ActionKind.THREATS, "", affected, NOW, null, by, "x", false))
                    .isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new ActionReport(ActionKind.THREATS, "", affected, NOW, Channel.PHONE, null,
                    "x", false)).isInstanceOf(NullPointerException.class);
        }

        @Test
        @DisplayName("the policy's examples fall in its two categories, each with an \"other\" kind")
        void kindsAndCategories() {
            assertThat(ActionKind.DEFAMATORY_COMMENTS.category())
                    .isEqualTo(ActionCategory.VIOLENCE_AGGRESSION_AND_ABUSE);
            assertThat(ActionKind.DISPROPORTIONATE_VOLUME_OF_CONTACT.category())
                    .isEqualTo(ActionCategory.UNREASONABLE_DEMANDS_AND_PERSISTENCE);
            assertThat(List.of(ActionKind.values()).filter(ActionKind::isOther))
                    .containsExactly(ActionKind.OTHER_VIOLENCE_AGGRESSION_OR_ABUSE,
                            ActionKind.OTHER_UNREASONABLE_DEMANDS_OR_PERSISTENCE);
            assertThat(ActionKind.values()).extracting(ActionKind::label).doesNotHaveDuplicates();
            assertThat(ActionCategory.VIOLENCE_AGGRESSION_AND_ABUSE.label())
                    .isEqualTo("Violence, aggression and abuse");
            assertThat(ActionCategory.UNREASONABLE_DEMANDS_AND_PERSISTENCE.label())
                    .isEqualTo("Unreasonable demands / unreasonable persistence");
            assertThat(AffectedParty.values()).extracting(AffectedParty::label)
                    .containsExactly("Staff", "Contractors", "Governance / resident group members");
        }
    }

    @Nested
    @DisplayName("warning the resident")
    class Warnings {

        private final Case withActions = ACase.aCase().withAction().withAction(Reports::offensiveLanguage).build();

        @Test
        @DisplayName("a warning tells the resident which actions are unacceptable, why, and what must change")
        void warningIssued() {
            CaseUpdate update = accepted(withActions.issueWarning(
                    List.of(new ActionId(1), new ActionId(2), new ActionId(1)), "  Abuse of staff is unacceptable. ",
                    " Stop swearing at staff. ", Staff.OFFICER, NOW));

            Warning warning = update.after().warnings().single();
            assertThat(warning.id()).isEqualTo(new WarningId(1));
            assertThat(warning.actionsReferredTo()).containsExactly(new ActionId(1), new ActionId(2));
            assertThat(warning.reasons()).isEqualTo("Abuse of staff is unacceptable.");
            assertThat(warning.whatMustChange()).isEqualTo("Stop swearing at staff.");
            assertThat(warning.issuedBy()).isEqualTo(Staff.OFFICER.id());
            assertThat(warning.issuedAt()).isEqualTo(NOW);
            assertThat(update.after().warning(new WarningId(1))).contains(warning);
            assertThat(update.event()).isEqualTo(new CaseEvent.WarningIssued(withActions.id(),
                    withActions.resident(), new WarningId(1), Staff.OFFICER.id(), NOW));
            assertThat(update.event().summary()).contains("given a chance to change");
        }

        @Test
        @DisplayName("warnings need reasons, what must change, and actions already recorded: all reported at once")
        void warningsNeedEverything() {
            Refusal refusal = refused(withActions.issueWarning(List.empty(), " ", null, Staff.OFFICER, NOW));

            assertThat(refusal.problems()).extracting(Refusal.Problem::field)
                    .containsExactly("actionsReferredTo", "reasons", "whatMustChange");
        }

        @Test
        @DisplayName("a warning can only refer to actions recorded on this case")
        void onlyRecordedActions() {
            Refusal refusal = refused(withActions.issueWarning(List.of(new ActionId(3)), "Reasons", "Change",
                    Staff.OFFICER, NOW));

            assertThat(refusal.problems()).containsExactly(new Refusal.Problem("actionsReferredTo",
                    "A warning can only refer to actions recorded on this case."));
        }

        @Test
        @DisplayName("warnings are numbered 1..n")
        void numbered() {
            Case twice = ACase.aCase().withAction().warned().withFurtherAction().warned().build();

            assertThat(twice.warnings().map(Warning::id)).containsExactly(new WarningId(1), new WarningId(2));
            assertThat(twice.warnings().get(1).actionsReferredTo()).containsExactly(new ActionId(2));
            assertThat(twice.warning(new WarningId(3))).isEmpty();
        }
    }
}

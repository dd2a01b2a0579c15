package org.uca.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.uca.domain.fixtures.Fixtures.NOW;
import static org.uca.domain.fixtures.Fixtures.refused;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.uca.domain.fixtures.ACase;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.fixtures.Reports;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.people.ResidentId;
import org.uca.domain.shared.Channel;

@DisplayName("The case's timeline: every change recorded, in order, by whom and when")
class HistoryTest {

    /** A case that has been through every kind of change. */
    private static Case everyKindOfChange() {
        return ACase.aCase()
                .withAdjustment(AdjustmentKind.INTERPRETER)
                .withAction(Reports::verbalAbuse)
                .warned()
                .withFurtherAction(Reports::offensiveLanguage)
                .authorised(Measures.singlePointOfContact(), Measures.thirtyMinutesAWeek())
                .residentInformed()
                .withContact(20, Channel.PHONE)
                .appealed()
                .lifted()
                .build();
    }

    @Nested
    @DisplayName("events")
    class Events {

        @Test
        @DisplayName("a new case has no history and version 0")
        void newCase() {
            Case opened = Case.open(new CaseId(UUID.randomUUID()), new ResidentId("R-2002"));

            assertThat(opened.version()).isZero();
            assertThat(opened.history()).isEmpty();
            assertThat(opened.actions()).isEmpty();
            assertThat(opened.decisionsInForce()).isEmpty();
        }

        @Test
        @DisplayName("every accepted change appends exactly one event; the version is the history's size")
        void oneEventPerChange() {
            Case c = everyKindOfChange();

            assertThat(c.version()).isEqualTo(c.history().size()).isEqualTo(9);
            assertThat(c.history().map(e -> e.getClass().getSimpleName())).containsExactly("ResidentNeedsRecorded",
                    "ActionsRecorded", "WarningIssued", "ActionsRecorded", "MeasuresAuthorised",
                    "ResidentInformedOfDecision", "ContactRecorded", "AppealLodged", "RestrictionLifted");
        }

        @Test
        @DisplayName("each event belongs to the case, says who did it and when, and reads as one line")
        void eventsBelongAndRead() {
            Case c = everyKindOfChange();

            assertThat(c.history()).allSatisfy(e -> {
                assertThat(e.caseId()).isEqualTo(c.id());
                assertThat(e.resident()).isEqualTo(c.resident());
                assertThat(e.by()).isNotNull();
                assertThat(e.at()).isBeforeOrEqualTo(NOW);
                assertThat(e.summary()).isNotBlank().doesNotContain("\n");
            });
            assertThat(c.history().map(CaseEvent::at).asJava()).isSorted();
        }

        @Test
        @DisplayName("the update's event is the one appended to the history")
        void updateEventAppended() {
            Case before = ACase.warnedAndContinued();

            CaseUpdate update = before.recordContact(NOW, 10, Channel.EMAIL, Staff.OFFICER, NOW).get();

            assertThat(update.after().history()).isEqualTo(before.history().append(update.event()));
            assertThat(update.after().version()).isEqualTo(before.version() + 1);
            assertThatThrownBy(() -> new CaseUpdate(before, null)).isInstanceOf(NullPointerException.class);
        }

        @Test
        @DisplayName("every refusal leaves the case unchanged")
        void refusalLeavesCaseUnchanged() {
            Case before = ACase.warnedAndContinued();
            Seq<CaseEvent> history = before.history();

            refused(before.recordContact(NOW, 0, Channel.EMAIL, Staff.OFFICER, NOW));
            refused(before.lift(new DecisionId(1), "No decision yet", Staff.DIRECTOR, NOW));

            assertThat(before.history()).isEqualTo(history);
            assertThat(before.version()).isEqualTo(3);
            assertThat(before.contacts()).isEmpty();
        }
    }

    @Nested
    @DisplayName("identity")
    class Identity {

        @Test
        @DisplayName("a case is the same case at the same version")
        void equality() {
            Case c = ACase.warnedAndContinued();
            Case rebuilt = Case.rebuild(c.id(), c.resident(), c.actions(), c.warnings(), c.decisions(), c.appeals(),
                    c.needs(), c.contacts(), c.history());
            Case changed = c.recordContact(NOW, 10, Channel.EMAIL, Staff.OFFICER, NOW).get().after();

            assertThat(rebuilt).isEqualTo(c).hasSameHashCodeAs(c).isNotEqualTo(changed).isNotEqualTo("a case");
            assertThat(c).hasToString("Case " + c.id() + " for resident R-1001 (version 3)");
        }

        @Test
        @DisplayName("case ids are UUIDs; actions, warnings, decisions and appeals are numbered from 1")
        void ids() {
            UUID uuid = UUID.fromString("7f0b5f2e-8c1f-4d1c-9a57-3c2a1b0e9d11");
            assertThat(CaseId.parse(uuid.toString())).isEqualTo(new CaseId(uuid)).hasToString(uuid.toString());
            assertThatThrownBy(() -> new CaseId(null)).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new ActionId(0)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new WarningId(0)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new DecisionId(-1)).isInstanceOf(IllegalArgumentException.class);
            assertThat(new ActionId(3)).hasToString("3");
            assertThat(new WarningId(2)).hasToString("2");
            assertThat(new DecisionId(1)).hasToString("1");
            assertThat(new AppealId(4)).hasToString("4");
        }

        @Test
        @DisplayName("looking up parts that were never recorded finds nothing")
        void lookups() {
            Case c = ACase.warnedAndContinued();

            assertThat(c.action(new ActionId(2))).isNotEmpty();
            assertThat(c.action(new ActionId(3))).isEmpty();
            assertThat(c.decision(new DecisionId(1))).isEmpty();
            assertThat(c.appeal(new AppealId(1))).isEmpty();
        }
    }

    @Nested
    @DisplayName("rebuilding a stored case")
    class Rebuild {

        private final Case stored = everyKindOfChange();

        private Case rebuild(Seq<UnacceptableAction> actions, Seq<Warning> warnings, Seq<Decision> decisions,
                Seq<Appeal> appeals, Seq<CaseEvent> history) {
            return Case.rebuild(stored.id(), stored.resident(), actions, warnings, decisions, appeals,
                    stored.needs(), stored.contacts(), history);
        }

        @Test
        @DisplayName("a consistent stored case is rebuilt as it was")
        void consistent() {
            Case rebuilt = rebuild(stored.actions(), stored.warnings(), stored.decisions(), stored.appeals(),
                    stored.history());

            assertThat(rebuilt).isEqualTo(stored);
            assertThat(rebuilt.actions()).isEqualTo(stored.actions());
            assertThat(rebuilt.warnings()).isEqualTo(stored.warnings());
            assertThat(rebuilt.decisions()).isEqualTo(stored.decisions());
            assertThat(rebuilt.appeals()).isEqualTo(stored.appeals());
            assertThat(rebuilt.needs()).isEqualTo(stored.needs());
            assertThat(rebuilt.contacts()).isEqualTo(stored.contacts());
            assertThat(rebuilt.history()).isEqualTo(stored.history());
        }

        @Test
        @DisplayName("a stored case with broken numbering is rejected")
        void brokenNumbering() {
            assertThatThrownBy(() -> rebuild(stored.actions().reverse(), stored.warnings(), stored.decisions(),
                    stored.appeals(), stored.history())).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("actions are numbered 1, 2, 3");
            assertThatThrownBy(() -> rebuild(stored.actions(), stored.warnings().append(stored.warnings().head()),
                    stored.decisions(), stored.appeals(), stored.history()))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("warnings are numbered");
            assertThatThrownBy(() -> rebuild(stored.actions(), stored.warnings(),
                    stored.decisions().append(stored.decisions().head()), stored.appeals(), stored.history()))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("decisions are numbered");
            assertThatThrownBy(() -> rebuild(stored.actions(), stored.warnings(), stored.decisions(),
                    stored.appeals().prepend(stored.appeals().head()), stored.history()))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("appeals are numbered");
        }

        @Test
        @DisplayName("a stored case whose parts refer to missing parts is rejected")
        void danglingReferences() {
            assertThatThrownBy(() -> rebuild(List.empty(), stored.warnings(), List.empty(), List.empty(),
                    stored.history())).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("a warning refers to recorded actions");
            assertThatThrownBy(() -> rebuild(stored.actions().take(1), List.empty(), stored.decisions(),
                    List.empty(), stored.history())).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("a decision rests on recorded actions");
            assertThatThrownBy(() -> rebuild(stored.actions(), stored.warnings(), List.empty(), stored.appeals(),
                    stored.history())).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("an appeal is against a recorded decision");
        }

        @Test
        @DisplayName("a stored case with another case's events is rejected")
        void foreignEvents() {
            Case other = ACase.forResident("R-1001").withAction().build();

            assertThatThrownBy(() -> rebuild(stored.actions(), stored.warnings(), stored.decisions(),
                    stored.appeals(), stored.history().appendAll(other.history())))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("Stored case breaks an invariant: every event in a case's history belongs to it");
            Case otherResident = ACase.forResident("R-9999").withId(stored.id()).withAction().build();
            assertThatThrownBy(() -> rebuild(stored.actions(), stored.warnings(), stored.decisions(),
                    stored.appeals(), otherResident.history())).isInstanceOf(IllegalStateException.class);
        }
    }

    @Nested
    @DisplayName("a stored case whose history is kept apart")
    class HistoryKeptApart {

        private final Case stored = everyKindOfChange();
        private int reads;

        private Case rebuiltWithoutHistory(Seq<CaseEvent> history) {
            return Case.rebuild(stored.id(), stored.resident(), stored.actions(), stored.warnings(),
                    stored.decisions(), stored.appeals(), stored.needs(), stored.contacts(), stored.version(), () -> {
                        reads++;
                        return history;
                    });
        }

        @Test
        @DisplayName("is changed, and its new events handed over, without reading its history")
        void changedWithoutReadingHistory() {
            Case rebuilt = rebuiltWithoutHistory(stored.history());

            CaseUpdate update = rebuilt.recordContact(NOW, 10, Channel.PHONE, Staff.CONTACT_CENTRE_OFFICER, NOW).get();

            assertThat(update.after().version()).isEqualTo(stored.version() + 1);
            assertThat(update.after().eventsSince(stored.version())).containsExactly(update.event());
            assertThat(reads).isZero();
            assertThat(update.after().history()).isEqualTo(stored.history().append(update.event()));
            assertThat(update.after().eventsSince(0)).isEqualTo(update.after().history());
            assertThat(reads).isEqualTo(1);
        }

        @Test
        @DisplayName("read with fewer events than its version, or another case's, is rejected when read")
        void historyChecked() {
            assertThatThrownBy(() -> rebuiltWithoutHistory(stored.history().dropRight(1)).history())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("as many events as the case's version");
            Case other = ACase.forResident("R-9999").withId(stored.id()).withAction().build();
            Seq<CaseEvent> foreign = stored.history().dropRight(1).append(other.history().head());
            assertThatThrownBy(() -> rebuiltWithoutHistory(foreign).history())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("every event in a case's history belongs to it");
        }
    }
}

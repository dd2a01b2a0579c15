package org.uca.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.uca.domain.fixtures.Fixtures.NOW;
import static org.uca.domain.fixtures.Fixtures.accepted;
import static org.uca.domain.fixtures.Fixtures.refused;

import io.vavr.collection.List;
import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.uca.domain.fixtures.ACase;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.measures.Measure;
import org.uca.domain.shared.Channel;
import org.uca.domain.shared.Refusal;

@DisplayName("The resident's needs (Equality Act 2010) and contact time")
class NeedsAndContactTest {

    private final Case aCase = ACase.aCase().build();

    @Nested
    @DisplayName("reasonable adjustments and vulnerability")
    class Needs {

        @Test
        @DisplayName("the resident's adjustments and vulnerability are recorded, replacing what was recorded before")
        void recorded() {
            ResidentNeeds first = new ResidentNeeds(List.of(new ReasonableAdjustment(AdjustmentKind.PHONE_CONTACT,
                    " Dyslexic: prefers calls to letters. ")), "  Lives alone; mental health support from the GP. ");
            ResidentNeeds second = new ResidentNeeds(List.of(
                    new ReasonableAdjustment(AdjustmentKind.INTERPRETER, "Polish"),
                    new ReasonableAdjustment(AdjustmentKind.ACCESSIBLE_FORMATS, null)), null);

            CaseUpdate once = accepted(aCase.recordNeeds(first, Staff.OFFICER, NOW));
            CaseUpdate twice = accepted(once.after().recordNeeds(second, "Interpreter now needed.", Staff.OFFICER,
                    NOW));

            assertThat(once.after().needs().vulnerabilityNotes())
                    .isEqualTo("Lives alone; mental health support from the GP.");
            assertThat(once.after().needs().adjustments().single().notes())
                    .isEqualTo("Dyslexic: prefers calls to letters.");
            assertThat(once.event()).isEqualTo(new CaseEvent.ResidentNeedsRecorded(aCase.id(), aCase.resident(), 1,
                    true, Staff.OFFICER.id(), NOW));
            assertThat(once.event().summary())
                    .isEqualTo("Reasonable adjustments and vulnerability recorded (1 adjustment)");
            assertThat(twice.after().needs().adjustments()).isEqualTo(second.adjustments());
            assertThat(twice.event().summary()).isEqualTo("Reasonable adjustments and vulnerability changed, what"
                    + " was recorded before superseded (2 adjustments)");
            assertThat(((CaseEvent.ResidentNeedsRecorded) twice.event()).vulnerabilityNoted()).isFalse();
        }

        @Test
        @DisplayName("changing recorded adjustments needs a reason; what they said stays on the case, superseded, with"
                + " who changed it, when and why (UK GDPR Article 16)")
        void changingNeedsAReasonAndKeepsTheOriginal() {
            ResidentNeeds first = new ResidentNeeds(List.of(new ReasonableAdjustment(AdjustmentKind.PHONE_CONTACT,
                    "Prefers calls.")), "Lives alone.");
            ResidentNeeds corrected = new ResidentNeeds(List.of(new ReasonableAdjustment(AdjustmentKind.PHONE_CONTACT,
                    "Prefers calls after 10am.")), "Lives alone.");
            Case recorded = accepted(aCase.recordNeeds(first, Staff.OFFICER, NOW)).after();

            Refusal noReason = refused(recorded.recordNeeds(corrected, " ", Staff.OFFICER, NOW));
            Refusal nothingChanged = refused(recorded.recordNeeds(first, "Checked with the resident.", Staff.OFFICER,
                    NOW));
            Case changed = accepted(recorded.recordNeeds(corrected, "Typed from the wrong note.",
                    Staff.SERVICE_MANAGER, NOW.plusSeconds(60))).after();

            assertThat(noReason.problems()).extracting(Refusal.Problem::field).containsExactly("reason");
            assertThat(nothingChanged.problems()).extracting(Refusal.Problem::field).containsExactly("adjustments");
            assertThat(changed.needs().adjustments().single().notes()).isEqualTo("Prefers calls after 10am.");
            Amendment<ResidentNeeds> superseded = changed.needs().amendments().single();
            assertThat(superseded.superseded().adjustments().single().notes()).isEqualTo("Prefers calls.");
            assertThat(superseded.by()).isEqualTo(Staff.SERVICE_MANAGER.id());
            assertThat(superseded.at()).isEqualTo(NOW.plusSeconds(60));
            assertThat(superseded.reason()).isEqualTo("Typed from the wrong note.");
        }

        @Test
        @DisplayName("nothing is recorded at first")
        void noneRecorded() {
            assertThat(aCase.needs()).isEqualTo(ResidentNeeds.NONE_RECORDED);
            assertThat(ResidentNeeds.NONE_RECORDED.adjustments()).isEmpty();
        }

        @Test
        @DisplayName("an \"other\" adjustment needs a description; notes and vulnerability notes are plain text")
        void otherNeedsADescription() {
            ResidentNeeds needs = new ResidentNeeds(List.of(
                    new ReasonableAdjustment(AdjustmentKind.INTERPRETER, "BSL\u0007"),
                    new ReasonableAdjustment(AdjustmentKind.OTHER, "")), "x".repeat(4001));

            Refusal refusal = refused(aCase.recordNeeds(needs, Staff.OFFICER, NOW));

            assertThat(refusal.problems()).extracting(Refusal.Problem::field)
                    .containsExactly("vulnerabilityNotes", "adjustments[0].notes", "adjustments[1].notes");
        }

        @Test
        @DisplayName("every adjustment names what it is")
        void adjustmentsNamed() {
            assertThatThrownBy(() -> new ReasonableAdjustment(null, "")).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new ResidentNeeds(null, "")).isInstanceOf(NullPointerException.class);
            assertThat(AdjustmentKind.values()).extracting(AdjustmentKind::label).doesNotHaveDuplicates()
                    .doesNotContainNull();
        }
    }

    @Nested
    @DisplayName("which measures take away a reasonable adjustment")
    class Conflicts {

        @Test
        @DisplayName("contact by telephone: no telephone calls, or telephone excluded")
        void phone() {
            assertThat(conflicting(AdjustmentKind.PHONE_CONTACT)).containsExactlyInAnyOrder(
                    Measures.noTelephoneCalls(), Measures.excluding(Channel.PHONE));
        }

        @Test
        @DisplayName("contact by email or by letter: that method excluded")
        void emailAndLetter() {
            assertThat(conflicting(AdjustmentKind.EMAIL_CONTACT)).containsExactly(Measures.excluding(Channel.EMAIL));
            assertThat(conflicting(AdjustmentKind.WRITTEN_CONTACT))
                    .containsExactly(Measures.excluding(Channel.LETTER));
        }

        @Test
        @DisplayName("face-to-face contact: exclusion from personal contact, office ban, or in person excluded")
        void faceToFace() {
            assertThat(conflicting(AdjustmentKind.FACE_TO_FACE_CONTACT)).containsExactlyInAnyOrder(
                    Measures.exclusionFromPersonalContact(), Measures.officeBan(),
                    Measures.excluding(Channel.IN_PERSON));
        }

        @ParameterizedTest
        @EnumSource(value = AdjustmentKind.class, names = {"SUPPORT_PERSON_PRESENT", "ACCESSIBLE_FORMATS",
                "INTERPRETER", "OTHER"})
        @DisplayName("support, formats, interpreters and other adjustments conflict with no measure")
        void noConflict(AdjustmentKind kind) {
            assertThat(conflicting(kind)).isEmpty();
        }

        private List<Measure> conflicting(AdjustmentKind kind) {
            List<Measure> candidates = Measures.all().appendAll(List.of(Channel.values()).map(Measures::excluding));
            return candidates.filter(kind::conflictsWith).distinct();
        }
    }

    @Nested
    @DisplayName("contact time")
    class ContactTime {

        @Test
        @DisplayName("contact time is recorded against the case")
        void recorded() {
            CaseUpdate update = accepted(aCase.recordContact(NOW.minus(Duration.ofHours(1)), 30, Channel.PHONE,
                    Staff.CONTACT_CENTRE_OFFICER, NOW));

            assertThat(update.after().contacts()).containsExactly(new ContactMade(NOW.minus(Duration.ofHours(1)), 30,
                    Channel.PHONE, Staff.CONTACT_CENTRE_OFFICER.id()));
            assertThat(update.event()).isEqualTo(new CaseEvent.ContactRecorded(aCase.id(), aCase.resident(), 30,
                    Channel.PHONE, Staff.CONTACT_CENTRE_OFFICER.id(), NOW));
            assertThat(update.event().summary()).isEqualTo("30 minutes of contact by telephone");
        }

        @Test
        @DisplayName("contact time is between 1 minute and a working day")
        void minutesBounds() {
            assertThat(refused(aCase.recordContact(NOW, 0, Channel.PHONE, Staff.OFFICER, NOW)).problems())
                    .containsExactly(new Refusal.Problem("minutes", "Contact time is between 1 and 480 minutes."));
            assertThat(refused(aCase.recordContact(NOW, 481, Channel.PHONE, Staff.OFFICER, NOW)).concerns("minutes"))
                    .isTrue();
            assertThat(aCase.recordContact(NOW, 1, Channel.PHONE, Staff.OFFICER, NOW).isRight()).isTrue();
            assertThat(aCase.recordContact(NOW, ContactMade.MAX_MINUTES, Channel.PHONE, Staff.OFFICER, NOW).isRight())
                    .isTrue();
        }

        @Test
        @DisplayName("contact cannot be recorded before it happened")
        void notInTheFuture() {
            assertThat(refused(aCase.recordContact(NOW.plusSeconds(1), 5, Channel.EMAIL, Staff.OFFICER, NOW))
                    .problems()).containsExactly(new Refusal.Problem("at",
                    "Contact cannot be recorded before it happened."));
        }
    }
}

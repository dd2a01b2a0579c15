package org.uca.application.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uca.application.testbed.Testbed.ALEX;

import io.vavr.collection.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.IssueWarningUseCase;
import org.uca.application.port.in.RecordUnacceptableActionsUseCase;
import org.uca.application.port.out.AuditLog;
import org.uca.application.port.out.Letter;
import org.uca.application.testbed.Testbed;
import org.uca.domain.cases.ActionId;
import org.uca.domain.cases.ActionKind;
import org.uca.domain.cases.CaseId;
import org.uca.domain.fixtures.Reports;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;

class RecordingAndWarningTest {

    private final Testbed bed = new Testbed();

    @Test
    @DisplayName("recording the first unacceptable action opens the resident's case; later ones join it")
    void firstActionOpensCase() {
        var first = bed.journey.recordVerbalAbuse(ALEX);
        var second = bed.journey.recordVerbalAbuse(ALEX);
        assertThat(second.caseId()).isEqualTo(first.caseId());
        assertThat(second.actions()).containsExactly(new ActionId(2));
        assertThat(bed.uca.cases.size()).isEqualTo(1);
    }

    @Test
    @DisplayName("several actions can be recorded at once, and every problem is named by its field")
    void severalActionsWithFieldErrors() {
        var bad = Reports.of(ActionKind.OTHER_UNREASONABLE_DEMANDS_OR_PERSISTENCE).affectingNobody()
                .at(bed.clock.now()).describedAs("").build();
        var result = bed.app.recordUnacceptableActions().recordActions(new RecordUnacceptableActionsUseCase.Command(
                Staff.OFFICER.id(), ALEX, List.of(Reports.verbalAbuse(bed.clock.now()), bad)));
        assertThat(result.getLeft()).isInstanceOfSatisfying(Failure.Refused.class, refused -> assertThat(
                refused.refusal().problems().map(p -> p.field())).containsExactlyInAnyOrder("reports[1].affected",
                        "reports[1].whatHappened", "reports[1].otherKind"));
        assertThat(bed.uca.cases.size()).isZero();
        assertThat(bed.uca.audit.all().map(AuditLog.Entry::outcome)).containsExactly(AuditLog.Outcome.REFUSED);
    }

    @Test
    @DisplayName("a refused action on a resident's existing case is in that case's audit trail")
    void refusalOnExistingCaseIsInItsAuditTrail() {
        CaseId caseId = bed.journey.recordVerbalAbuse(ALEX).caseId();
        var bad = Reports.of(ActionKind.VERBAL_ABUSE).affectingNobody().at(bed.clock.now()).build();
        var result = bed.app.recordUnacceptableActions().recordActions(new RecordUnacceptableActionsUseCase.Command(
                Staff.OFFICER.id(), ALEX, List.of(bad)));
        assertThat(result.isLeft()).isTrue();
        assertThat(bed.uca.audit.forCase(caseId).map(AuditLog.Entry::outcome))
                .containsExactly(AuditLog.Outcome.ACCEPTED, AuditLog.Outcome.REFUSED);
    }

    @Test
    @DisplayName("actions can only be recorded against a resident the housing system knows")
    void unknownResident() {
        var result = bed.app.recordUnacceptableActions().recordActions(new RecordUnacceptableActionsUseCase.Command(
                Staff.OFFICER.id(), new ResidentId("R-9999"), List.of(Reports.verbalAbuse(bed.clock.now()))));
        assertThat(result.getLeft()).isInstanceOf(Failure.NotFound.class);
        assertThat(result.getLeft().message()).contains("R-9999");
        assertThat(bed.uca.audit.all().single().outcome()).isEqualTo(AuditLog.Outcome.NOT_FOUND);
    }

    @Test
    @DisplayName("the acting member of staff must be in the staff directory; the attempt is still audited")
    void unknownStaff() {
        var result = bed.app.recordUnacceptableActions().recordActions(new RecordUnacceptableActionsUseCase.Command(
                new StaffId("intruder"), ALEX, List.of(Reports.verbalAbuse(bed.clock.now()))));
        assertThat(result.getLeft()).isInstanceOf(Failure.NotPermitted.class);
        assertThat(bed.uca.audit.all().single()).satisfies(e -> {
            assertThat(e.who()).isEqualTo(new StaffId("intruder"));
            assertThat(e.outcome()).isEqualTo(AuditLog.Outcome.NOT_PERMITTED);
        });
        assertThat(bed.uca.cases.size()).isZero();
    }

    @Test
    @DisplayName("a warning tells the resident the actions are unacceptable, why, and gives a chance to change")
    void warningLetter() {
        CaseId caseId = bed.journey.recordVerbalAbuse(ALEX).caseId();
        var issued = bed.app.issueWarning().issueWarning(new IssueWarningUseCase.Command(Staff.OFFICER.id(), caseId,
                List.of(new ActionId(1)), "Swearing at our officer is verbal abuse.",
                "Please speak to staff calmly; do not swear or shout.")).get();
        Letter letter = issued.letter();
        assertThat(letter.kind()).isEqualTo(Letter.Kind.WARNING);
        assertThat(letter.residentName()).isEqualTo("Alex Morgan");
        assertThat(letter.plainText()).contains("Swearing at our officer is verbal abuse.",
                "Please speak to staff calmly", "opportunity to change", "verbal abuse", "Housing Ombudsman");
        assertThat(bed.uca.letters.issued()).containsExactly(letter);
        assertThat(bed.app.letters().letter(Staff.OFFICER.id(), caseId,
                new org.uca.application.port.in.LetterQuery.Which.ForWarning(issued.warning())).get())
                .isEqualTo(letter);
    }

    @Test
    @DisplayName("a warning about an unknown case is not found, and audited")
    void warningUnknownCase() {
        var result = bed.app.issueWarning().issueWarning(new IssueWarningUseCase.Command(Staff.OFFICER.id(),
                CaseId.parse("00000000-0000-0000-0000-000000000001"), List.of(new ActionId(1)), "r", "c"));
        assertThat(result.getLeft()).isInstanceOf(Failure.NotFound.class);
        assertThat(bed.uca.audit.all().single().outcome()).isEqualTo(AuditLog.Outcome.NOT_FOUND);
    }
}

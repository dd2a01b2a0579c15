package org.uca.application.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uca.application.testbed.Testbed.ALEX;

import io.vavr.collection.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.LetterQuery;
import org.uca.application.port.in.MarkEnteredInErrorUseCase;
import org.uca.application.port.in.MarkEnteredInErrorUseCase.Command;
import org.uca.application.port.in.SendLetterUseCase;
import org.uca.application.port.out.AuditLog;
import org.uca.application.port.out.Letter;
import org.uca.application.port.out.Notifications.Audience;
import org.uca.application.testbed.Testbed;
import org.uca.domain.cases.ActionId;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.cases.DecisionStatus;
import org.uca.domain.cases.EnteredInError.Part;
import org.uca.domain.cases.WarningId;
import org.uca.domain.fixtures.AProposal;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.fixtures.Staff;

@DisplayName("Marking an action, warning or decision as entered in error (UK GDPR Article 16)")
class EnteredInErrorTest {

    private static final String REASON = "Recorded on the wrong resident's case.";

    private final Testbed bed = new Testbed();
    private CaseId caseId;
    private WarningId warning;
    private DecisionId decision;

    private void decisionInForce() {
        caseId = bed.journey.recordVerbalAbuse(ALEX).caseId();
        warning = bed.journey.warn(caseId, List.of(new ActionId(1)));
        List<ActionId> further = List.ofAll(bed.journey.recordVerbalAbuse(ALEX).actions());
        decision = bed.journey.authorise(caseId, Staff.SERVICE_MANAGER,
                AProposal.contactStandards(Measures.noEmail()).afterWarning(warning, further));
    }

    private MarkEnteredInErrorUseCase.Marked marked(Command command) {
        return bed.app.markEnteredInError().markEnteredInError(command).get();
    }

    @Test
    @DisplayName("a decision entered in error leaves the guidance at once and is audited with who and why")
    void decisionLeavesTheGuidance() {
        decisionInForce();
        assertThat(bed.app.contactGuidance().guidanceFor(Staff.OFFICER.id(), ALEX).get().restricted()).isTrue();

        marked(new Command(Staff.SERVICE_MANAGER.id(), caseId, Part.DECISION, 1, REASON));

        assertThat(bed.app.contactGuidance().guidanceFor(Staff.OFFICER.id(), ALEX).get().restricted()).isFalse();
        assertThat(bed.uca.cases.find(caseId).get().decision(decision).get().status())
                .isEqualTo(DecisionStatus.ENTERED_IN_ERROR);
        AuditLog.Entry audited = bed.uca.audit.forCase(caseId).last();
        assertThat(audited.who()).isEqualTo(Staff.SERVICE_MANAGER.id());
        assertThat(audited.command()).isEqualTo("mark an action, warning or decision as entered in error");
        assertThat(bed.uca.notifications.sentTo(Audience.SERVICE_DEVELOPMENT_TEAM).last().subject())
                .startsWith("Decision entered in error");
    }

    @Test
    @DisplayName("a resident who was told of the decision gets a correction letter: what was withdrawn, that it no longer applies, and the Ombudsman")
    void correctionLetterForAToldDecision() {
        decisionInForce();
        bed.journey.inform(caseId, decision);

        Letter letter = marked(new Command(Staff.SERVICE_MANAGER.id(), caseId, Part.DECISION, 1, REASON))
                .correction().get();

        assertThat(letter.kind()).isEqualTo(Letter.Kind.CORRECTION);
        assertThat(letter.reference()).endsWith("/D1-C");
        assertThat(letter.plainText()).contains("We have withdrawn our decision", "recorded in error",
                "no longer apply", "Housing Ombudsman", Staff.SERVICE_MANAGER.name())
                .doesNotContain(REASON);
        assertThat(bed.uca.letters.issued().last()).isEqualTo(letter);
        LetterQuery.Which which = SendLetterUseCase.letterAt("correction/decision/1").get();
        assertThat(bed.app.letters().letter(Staff.OFFICER.id(), caseId, which).get()).isEqualTo(letter);
    }

    @Test
    @DisplayName("a resident not yet told of the decision gets no correction letter")
    void noLetterForAnUntoldDecision() {
        decisionInForce();
        int letters = bed.uca.letters.issued().size();

        assertThat(marked(new Command(Staff.SERVICE_MANAGER.id(), caseId, Part.DECISION, 1, REASON)).correction())
                .isEmpty();
        assertThat(bed.uca.letters.issued()).hasSize(letters);
        assertThat(bed.app.letters().letter(Staff.OFFICER.id(), caseId,
                new LetterQuery.Which.ForCorrection(Part.DECISION, 1)).getLeft()).isInstanceOf(Failure.NotFound.class);
    }

    @Test
    @DisplayName("a warning entered in error was sent, so the resident gets a correction letter, and it grounds no new decision")
    void warningCorrected() {
        decisionInForce();

        Letter letter = marked(new Command(Staff.OFFICER.id(), caseId, Part.WARNING, 1, REASON)).correction().get();

        assertThat(letter.reference()).endsWith("/W1-C");
        assertThat(letter.plainText()).contains("We have withdrawn our warning letter", "no longer applies");
        var c = bed.uca.cases.find(caseId).get();
        assertThat(c.restsOnEntriesInError(c.decision(decision).get())).isTrue();
    }

    @Test
    @DisplayName("the letter of a warning entered in error is kept for the record, marked withdrawn, and is never"
            + " sent again: recording it as sent is refused and records nothing")
    void theWithdrawnLetterIsNeverSentAgain() {
        decisionInForce();
        marked(new Command(Staff.OFFICER.id(), caseId, Part.WARNING, 1, REASON));
        var which = new org.uca.application.port.in.LetterQuery.Which.ForWarning(warning);

        Letter reprinted = bed.app.letters().letter(Staff.OFFICER.id(), caseId, which).get();
        var sending = bed.app.sendLetter().recordSending(Staff.OFFICER.id(), caseId, which,
                org.uca.application.port.out.LetterOutput.How.POSTED);

        assertThat(reprinted.keptForTheRecord()).isTrue();
        assertThat(reprinted.plainText()).contains(Letter.WITHDRAWN, "was entered in error", "/W1-C");
        assertThat(sending.getLeft()).isInstanceOf(org.uca.application.port.in.Failure.Refused.class);
        assertThat(sending.getLeft().toString()).contains("correction letter");
        assertThat(bed.app.sendLetter().sendings(Staff.OFFICER.id(), caseId).get()).isEmpty();
        assertThat(bed.app.letters().letter(Staff.OFFICER.id(), caseId,
                new org.uca.application.port.in.LetterQuery.Which.ForDecision(decision)).get().keptForTheRecord())
                .as("the decision is not in error").isFalse();
    }

    @Test
    @DisplayName("a warning corrected before it was entered in error: the correction letter names the corrected letter"
            + " the resident has now")
    void correctionNamesTheLatestLetter() {
        decisionInForce();
        bed.app.amendRecords().amend(new org.uca.application.port.in.AmendRecordUseCase.Command(Staff.OFFICER.id(),
                caseId, 1, new org.uca.application.port.in.AmendRecordUseCase.WarningCorrection("Abusive calls.",
                        "Speak calmly."), "Typed from the wrong note.")).get();

        Letter letter = marked(new Command(Staff.OFFICER.id(), caseId, Part.WARNING, 1, REASON)).correction().get();

        assertThat(letter.plainText()).contains("/W1-2) told you");
    }

    @Test
    @DisplayName("policy 5.1: the Service Development Team is told when marking an action entered in error leaves a"
            + " decision resting only on records entered in error, with what to do")
    void serviceDevelopmentTeamToldOfADecisionToReview() {
        decisionInForce();
        int before = bed.uca.notifications.sentTo(Audience.SERVICE_DEVELOPMENT_TEAM).size();

        marked(new Command(Staff.OFFICER.id(), caseId, Part.ACTION, 2, REASON));

        var told = bed.uca.notifications.sentTo(Audience.SERVICE_DEVELOPMENT_TEAM);
        assertThat(told).hasSize(before + 1);
        assertThat(told.last().subject()).startsWith("Decision 1 rests only on records entered in error: review it");
        assertThat(told.last().body()).contains("Unacceptable action 2 marked as entered in error",
                "it stays in force until reviewed");
    }

    @Test
    @DisplayName("an action entered in error tells the resident nothing on its own")
    void actionNeedsNoLetter() {
        decisionInForce();

        assertThat(marked(new Command(Staff.OFFICER.id(), caseId, Part.ACTION, 2, REASON)).correction()).isEmpty();
    }

    @Test
    @DisplayName("only someone at the decision's authority level or above may mark it; a refusal changes nothing")
    void decisionNeedsItsAuthority() {
        decisionInForce();
        long version = bed.uca.cases.find(caseId).get().version();

        var refused = bed.app.markEnteredInError().markEnteredInError(new Command(Staff.OFFICER.id(), caseId,
                Part.DECISION, 1, REASON));

        assertThat(refused.getLeft()).isInstanceOf(Failure.Refused.class);
        assertThat(refused.getLeft().message()).contains("a Service Manager or above");
        assertThat(bed.uca.cases.find(caseId).get().version()).isEqualTo(version);
    }

    @Test
    @DisplayName("a number that names nothing is refused, naming the field")
    void unknownNumber() {
        decisionInForce();

        var refused = bed.app.markEnteredInError().markEnteredInError(new Command(Staff.OFFICER.id(), caseId,
                Part.WARNING, 0, REASON));

        assertThat(refused.getLeft()).isInstanceOfSatisfying(Failure.Refused.class,
                r -> assertThat(r.refusal().concerns("warning")).isTrue());
    }
}

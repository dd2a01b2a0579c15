package org.uca.application.usecases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uca.application.testbed.Testbed.ALEX;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.application.port.in.AmendRecordUseCase;
import org.uca.application.port.in.AmendRecordUseCase.Command;
import org.uca.application.port.in.AmendRecordUseCase.DecisionCorrection;
import org.uca.application.port.in.AmendRecordUseCase.WarningCorrection;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.LetterQuery;
import org.uca.application.port.out.AuditLog;
import org.uca.application.port.out.Letter;
import org.uca.application.port.out.Notifications.Audience;
import org.uca.application.testbed.Testbed;
import org.uca.domain.cases.ActionId;
import org.uca.domain.cases.ActionReport;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.cases.WarningId;
import org.uca.domain.fixtures.AProposal;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.fixtures.Staff;

@DisplayName("Amending an action, warning or the details of a decision, with a reason")
class AmendingRecordsTest {

    private static final String REASON = "Typed from the wrong note.";
    private static final String CORRECTED = "Swearing at our caretaker on the phone is abusive.";

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

    private AmendRecordUseCase.Amended amended(Command command) {
        return bed.app.amendRecords().amend(command).get();
    }

    private WarningCorrection correctedWarning() {
        return new WarningCorrection(CORRECTED, "Speak to our staff calmly and respectfully.");
    }

    @Test
    @DisplayName("every correction is audited with who, when and why it was asked for")
    void auditedWithWhoWhenAndWhy() {
        decisionInForce();

        amended(new Command(Staff.OFFICER.id(), caseId, 1, correctedWarning(), REASON));

        AuditLog.Entry audited = bed.uca.audit.forCase(caseId).last();
        assertThat(audited.who()).isEqualTo(Staff.OFFICER.id());
        assertThat(audited.command()).isEqualTo("amend an action, warning or the details of a decision");
        assertThat(audited.at()).isEqualTo(bed.journey.clock().now());
        var amendedWarning = bed.uca.cases.find(caseId).get().warning(warning).get();
        assertThat(amendedWarning.reasons()).isEqualTo(CORRECTED);
        assertThat(amendedWarning.amendments().head().reason()).isEqualTo(REASON);
    }

    @Test
    @DisplayName("an amended warning was sent, so the resident gets a corrected letter replacing the one they had,"
            + " and the letter reprinted is the corrected one")
    void correctedWarningLetter() {
        decisionInForce();

        Letter letter = amended(new Command(Staff.OFFICER.id(), caseId, 1, correctedWarning(), REASON))
                .correctedLetter().get();

        assertThat(letter.kind()).isEqualTo(Letter.Kind.WARNING);
        assertThat(letter.reference()).endsWith("/W1-2");
        assertThat(letter.plainText()).contains("Corrected letter", "corrects and replaces our letter of",
                "/W1)", CORRECTED).doesNotContain(REASON);
        assertThat(bed.uca.letters.issued().last()).isEqualTo(letter);
        assertThat(bed.app.letters().letter(Staff.OFFICER.id(), caseId, new LetterQuery.Which.ForWarning(warning))
                .get()).isEqualTo(letter);
    }

    @Test
    @DisplayName("a decision's details amended before the resident was told need no corrected letter; once told,"
            + " they get one; the Service Development Team is told of each")
    void correctedDecisionLetterOnceTold() {
        decisionInForce();
        int letters = bed.uca.letters.issued().size();

        assertThat(amended(new Command(Staff.SERVICE_MANAGER.id(), caseId, 1,
                new DecisionCorrection("Repeated abusive emails.", Option.none()), REASON)).correctedLetter())
                .isEmpty();
        assertThat(bed.uca.letters.issued()).hasSize(letters);

        bed.journey.inform(caseId, decision);
        Letter letter = amended(new Command(Staff.SERVICE_MANAGER.id(), caseId, 1,
                new DecisionCorrection("Repeated abusive emails to staff.", Option.none()), REASON))
                .correctedLetter().get();
        assertThat(letter.kind()).isEqualTo(Letter.Kind.DECISION);
        assertThat(letter.reference()).endsWith("/D1-2");
        assertThat(letter.plainText()).contains("Repeated abusive emails to staff.", "/D1)");
        assertThat(bed.uca.notifications.sentTo(Audience.SERVICE_DEVELOPMENT_TEAM).last().subject())
                .startsWith("Decision details amended");
    }

    @Test
    @DisplayName("the decision letter the resident had is read again as it was sent, marked superseded: a correction"
            + " made before they were told replaced no letter, so only the one after it supersedes one")
    void supersededDecisionLetterAsSent() {
        decisionInForce();
        amended(new Command(Staff.SERVICE_MANAGER.id(), caseId, 1,
                new DecisionCorrection("Repeated abusive emails.", Option.none()), REASON));
        bed.journey.inform(caseId, decision);
        amended(new Command(Staff.SERVICE_MANAGER.id(), caseId, 1,
                new DecisionCorrection("Repeated abusive emails to staff.", Option.none()), REASON));

        Letter asSent = bed.app.letters().letter(Staff.OFFICER.id(), caseId,
                new LetterQuery.Which.ForDecision(decision, Option.some(1))).get();

        assertThat(asSent.reference()).endsWith("/D1");
        assertThat(asSent.plainText()).contains("Superseded letter: do not send", "Repeated abusive emails.",
                "replaced by our letter of").doesNotContain("Repeated abusive emails to staff.");
        assertThat(bed.app.letters().letter(Staff.OFFICER.id(), caseId,
                new LetterQuery.Which.ForDecision(decision, Option.some(2))).getLeft())
                .as("D1-2 is the letter as it stands").isInstanceOf(org.uca.application.port.in.Failure.NotFound.class);
    }

    @Test
    @DisplayName("a decision varied on appeal reprints its decision letter as the resident had it: the measures and"
            + " review date as authorised, not as varied since (the appeal outcome letter tells of the variation)")
    void decisionLetterKeepsWhatItSaid() {
        decisionInForce();
        String authorised = bed.uca.cases.find(caseId).get().decision(decision).get().measures().head()
                .inPlainEnglish();
        var lodged = bed.journey.appeal(caseId, decision);
        bed.journey.decide(caseId, lodged.appeal(), Staff.ASSISTANT_DIRECTOR,
                org.uca.domain.cases.AppealOutcome.DECISION_VARIED, Measures.singlePointOfContact());
        String varied = Measures.singlePointOfContact().inPlainEnglish();
        assertThat(bed.uca.cases.find(caseId).get().decision(decision).get().measures().head().inPlainEnglish())
                .isEqualTo(varied);

        Letter reprinted = bed.app.letters().letter(Staff.OFFICER.id(), caseId,
                new LetterQuery.Which.ForDecision(decision)).get();

        assertThat(reprinted.plainText()).contains(authorised).doesNotContain(varied);
    }

    @Test
    @DisplayName("an action corrected after the warning letter was sent leaves that letter as the resident had it")
    void warningLetterKeepsTheActionAsItRead() {
        decisionInForce();
        ActionReport r = bed.uca.cases.find(caseId).get().action(new ActionId(1)).get().report();
        amended(new Command(Staff.OFFICER.id(), caseId, 1, new AmendRecordUseCase.ActionCorrection(
                new ActionReport(r.kind(), r.otherKind(), r.affected(), r.occurredAt(), r.channel(), r.reportedBy(),
                        "Swore at the caretaker twice.", r.safetyConcern())), REASON));

        assertThat(bed.app.letters().letter(Staff.OFFICER.id(), caseId, new LetterQuery.Which.ForWarning(warning))
                .get().plainText()).contains(r.whatHappened()).doesNotContain("Swore at the caretaker twice.");
    }

    @Test
    @DisplayName("an amended action tells the resident nothing on its own")
    void actionNeedsNoLetter() {
        decisionInForce();
        ActionReport r = bed.uca.cases.find(caseId).get().action(new ActionId(2)).get().report();
        ActionReport corrected = new ActionReport(r.kind(), r.otherKind(), r.affected(), r.occurredAt(), r.channel(),
                r.reportedBy(), "Swore at the caretaker twice.", r.safetyConcern());

        assertThat(amended(new Command(Staff.OFFICER.id(), caseId, 2,
                new AmendRecordUseCase.ActionCorrection(corrected), REASON)).correctedLetter()).isEmpty();
        assertThat(bed.uca.cases.find(caseId).get().action(new ActionId(2)).get().report()).isEqualTo(corrected);
    }

    @Test
    @DisplayName("only someone at the decision's authority level or above may amend it; a refusal changes nothing"
            + " and is audited")
    void decisionNeedsItsAuthority() {
        decisionInForce();
        long version = bed.uca.cases.find(caseId).get().version();

        var refused = bed.app.amendRecords().amend(new Command(Staff.OFFICER.id(), caseId, 1,
                new DecisionCorrection("Other reasons.", Option.none()), REASON));

        assertThat(refused.getLeft()).isInstanceOf(Failure.Refused.class);
        assertThat(refused.getLeft().message()).contains("a Service Manager or above");
        assertThat(bed.uca.cases.find(caseId).get().version()).isEqualTo(version);
        assertThat(bed.uca.audit.forCase(caseId).last().command())
                .isEqualTo("amend an action, warning or the details of a decision");
    }

    @Test
    @DisplayName("a number that names nothing is refused, naming the field")
    void unknownNumber() {
        decisionInForce();

        var refused = bed.app.amendRecords().amend(new Command(Staff.OFFICER.id(), caseId, 0, correctedWarning(),
                REASON));

        assertThat(refused.getLeft()).isInstanceOfSatisfying(Failure.Refused.class,
                r -> assertThat(r.refusal().concerns("warning")).isTrue());
    }
}

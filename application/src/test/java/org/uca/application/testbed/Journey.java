package org.uca.application.testbed;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.LocalDate;
import org.uca.application.port.in.AuthoriseMeasuresUseCase;
import org.uca.application.port.in.DecideAppealUseCase;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.IssueWarningUseCase;
import org.uca.application.port.in.LodgeAppealUseCase;
import org.uca.application.port.in.RecordResidentInformedUseCase;
import org.uca.application.port.in.RecordUnacceptableActionsUseCase;
import org.uca.application.port.in.ReviewRestrictionUseCase;
import org.uca.application.port.out.Letter;
import org.uca.application.service.UcaApplication;
import org.uca.domain.cases.ActionId;
import org.uca.domain.cases.ActionReport;
import org.uca.domain.cases.AppealId;
import org.uca.domain.cases.AppealOutcome;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.cases.InformedHow;
import org.uca.domain.cases.ResidentInformed;
import org.uca.domain.cases.ReviewOutcome;
import org.uca.domain.cases.WarningId;
import org.uca.domain.fixtures.AProposal;
import org.uca.domain.fixtures.Reports;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.measures.Measure;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffMember;
import org.uca.domain.shared.UkTime;

/**
 * Drives the application through its use cases the way staff would, a day between steps, failing loudly when a
 * step the test expects to succeed does not.
 */
public final class Journey {

    private final UcaApplication app;
    private final MovableClock clock;

    public Journey(UcaApplication app, MovableClock clock) {
        this.app = app;
        this.clock = clock;
    }

    public static <T> T ok(Either<Failure, T> result, String step) {
        if (result.isLeft()) {
            throw new AssertionError("Expected to " + step + ", but: " + result.getLeft());
        }
        return result.get();
    }

    private void nextDay() {
        clock.advance(Duration.ofDays(1));
    }

    public RecordUnacceptableActionsUseCase.Recorded record(ResidentId resident, ActionReport... reports) {
        nextDay();
        return ok(app.recordUnacceptableActions().recordActions(new RecordUnacceptableActionsUseCase.Command(
                Staff.OFFICER.id(), resident, List.of(reports))), "record actions");
    }

    public RecordUnacceptableActionsUseCase.Recorded recordVerbalAbuse(ResidentId resident) {
        nextDay();
        return ok(app.recordUnacceptableActions().recordActions(new RecordUnacceptableActionsUseCase.Command(
                Staff.OFFICER.id(), resident, List.of(Reports.verbalAbuse(clock.now().minus(Duration.ofHours(2)))))),
                "record verbal abuse");
    }

    public WarningId warn(CaseId caseId, Seq<ActionId> actions) {
        nextDay();
        return ok(app.issueWarning().issueWarning(new IssueWarningUseCase.Command(Staff.OFFICER.id(), caseId, actions,
                "Shouting at and swearing at our staff is abusive.", "Speak to our staff calmly and respectfully.")),
                "issue a warning").warning();
    }

    public DecisionId authorise(CaseId caseId, StaffMember by, AProposal proposal) {
        nextDay();
        return ok(app.authoriseMeasures().authorise(new AuthoriseMeasuresUseCase.Command(by.id(), caseId,
                proposal.decidedOn(UkTime.dateOf(clock.now())).build())), "authorise measures");
    }

    public Letter inform(CaseId caseId, DecisionId decision) {
        nextDay();
        return ok(app.recordResidentInformed().recordResidentInformed(new RecordResidentInformedUseCase.Command(
                Staff.OFFICER.id(), caseId, decision,
                new ResidentInformed(clock.now().minus(Duration.ofHours(1)), Staff.OFFICER.id(), InformedHow.LETTER))),
                "record that the resident was informed");
    }

    /**
     * The resident appeals the next day; a decision not yet recorded as told to them is first recorded as told by
     * letter, now.
     */
    public LodgeAppealUseCase.Lodged appeal(CaseId caseId, DecisionId decision) {
        if (ok(app.viewCase().viewCase(Staff.OFFICER.id(), caseId), "read the case").theCase().decision(decision)
                .exists(d -> d.residentInformed().isEmpty())) {
            ok(app.recordResidentInformed().recordResidentInformed(new RecordResidentInformedUseCase.Command(
                    Staff.OFFICER.id(), caseId, decision, new ResidentInformed(clock.now(), Staff.OFFICER.id(),
                    InformedHow.LETTER))), "record that the resident was told");
        }
        return lodge(caseId, decision);
    }

    /** The resident, already recorded as told of the decision, appeals the next day. */
    public LodgeAppealUseCase.Lodged lodge(CaseId caseId, DecisionId decision) {
        nextDay();
        return ok(app.lodgeAppeal().lodgeAppeal(new LodgeAppealUseCase.Command(Staff.OFFICER.id(), caseId, decision,
                UkTime.dateOf(clock.now()), "I was not abusive; I was upset about my repair.")), "lodge an appeal");
    }

    public Letter decide(CaseId caseId, AppealId appeal, StaffMember by, AppealOutcome outcome, Measure... varied) {
        nextDay();
        return ok(app.decideAppeal().decideAppeal(new DecideAppealUseCase.Command(by.id(), caseId, appeal, outcome,
                List.of(varied), "Reviewed the recordings and the officer's notes.")), "decide the appeal");
    }

    public Letter review(CaseId caseId, DecisionId decision, StaffMember by, ReviewOutcome outcome,
            Option<LocalDate> next) {
        nextDay();
        return ok(app.reviewRestriction().review(new ReviewRestrictionUseCase.Command(by.id(), caseId, decision,
                outcome, List.empty(), "No further incidents since the decision.", next)), "review the restriction");
    }

    public MovableClock clock() {
        return clock;
    }
}

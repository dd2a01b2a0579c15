package org.uca.application.service;

import io.vavr.control.Either;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.LiftRestrictionUseCase;
import org.uca.application.port.in.ReviewRestrictionUseCase;
import org.uca.application.port.in.Task;
import org.uca.application.port.out.Letter;
import org.uca.application.port.out.Ports;
import org.uca.domain.cases.CaseEvent;
import org.uca.domain.cases.CaseUpdate;
import org.uca.domain.cases.Decision;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.cases.ReviewOutcome;
import org.uca.domain.people.StaffMember;

/** Reviewing and ending restrictions, with a review outcome letter. */
final class ReviewService implements ReviewRestrictionUseCase, LiftRestrictionUseCase {

    private final CaseCommands commands;
    private final Ports ports;
    private final LetterWriter letters;
    private final ServiceDevelopmentTeam serviceDevelopmentTeam;
    private final LandlordSystems landlordSystems;

    ReviewService(CaseCommands commands, Ports ports, LetterWriter letters,
            ServiceDevelopmentTeam serviceDevelopmentTeam, LandlordSystems landlordSystems) {
        this.commands = commands;
        this.ports = ports;
        this.letters = letters;
        this.serviceDevelopmentTeam = serviceDevelopmentTeam;
        this.landlordSystems = landlordSystems;
    }

    @Override
    public Either<Failure, Letter> review(ReviewRestrictionUseCase.Command command) {
        return commands.onCase(Task.REVIEW_RESTRICTION, command.actingStaff(), command.caseId(), command.seen(),
                (c, actor, now) -> c.review(command.decision(), command.outcome(), command.variedMeasures(),
                        command.reasons(), command.nextReviewDate(), actor, now),
                (update, actor, now) -> issueLetter(update, command.decision(), actor));
    }

    @Override
    public Either<Failure, Letter> lift(LiftRestrictionUseCase.Command command) {
        return commands.onCase(Task.LIFT_RESTRICTION, command.actingStaff(), command.caseId(), command.seen(),
                (c, actor, now) -> c.lift(command.decision(), command.reasons(), actor, now),
                (update, actor, now) -> issueLetter(update, command.decision(), actor));
    }

    private Letter issueLetter(CaseUpdate update, DecisionId decisionId, StaffMember actor) {
        Decision decision = update.after().decision(decisionId).get();
        ReviewOutcome outcome = decision.reviews().last().outcome();
        if (update.event() instanceof CaseEvent.RestrictionLifted lifted) {
            landlordSystems.lifted(lifted, decision);
        } else {
            landlordSystems.reviewed((CaseEvent.RestrictionReviewed) update.event(), decision);
        }
        if (outcome != ReviewOutcome.CONTINUE) {
            serviceDevelopmentTeam.changed(update.event(), decision, actor,
                    outcome == ReviewOutcome.LIFT ? "Restriction lifted" : "Restriction varied");
        }
        Letter letter = letters.reviewOutcome(update.after(), Residents.of(ports, update.after()), decision,
                decision.reviews().last());
        ports.letters().issue(letter);
        return letter;
    }
}

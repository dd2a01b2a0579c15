package org.uca.application.service;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.MarkEnteredInErrorUseCase;
import org.uca.application.port.in.Task;
import org.uca.application.port.out.Letter;
import org.uca.application.port.out.Ports;
import org.uca.domain.cases.ActionId;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.CaseEvent;
import org.uca.domain.cases.CaseUpdate;
import org.uca.domain.cases.Decision;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.cases.Grounds;
import org.uca.domain.cases.Warning;
import org.uca.domain.cases.EnteredInError;
import org.uca.domain.cases.WarningId;
import org.uca.domain.people.StaffMember;

/**
 * Marking records entered in error (UK GDPR Article 16), with a correction letter to a resident who had been told:
 * every warning was sent as a letter; a decision was told once the resident is recorded as informed of it.
 */
final class EnteredInErrorService implements MarkEnteredInErrorUseCase {

    private final CaseCommands commands;
    private final Ports ports;
    private final LetterWriter letters;
    private final ServiceDevelopmentTeam serviceDevelopmentTeam;
    private final LandlordSystems landlordSystems;

    EnteredInErrorService(CaseCommands commands, Ports ports, LetterWriter letters,
            ServiceDevelopmentTeam serviceDevelopmentTeam, LandlordSystems landlordSystems) {
        this.commands = commands;
        this.ports = ports;
        this.letters = letters;
        this.serviceDevelopmentTeam = serviceDevelopmentTeam;
        this.landlordSystems = landlordSystems;
    }

    @Override
    public Either<Failure, Marked> markEnteredInError(Command command) {
        return commands.onCase(Task.MARK_ENTERED_IN_ERROR, command.actingStaff(), command.caseId(), command.seen(),
                (c, actor, now) -> command.number() < 1
                        ? Either.left(command.part().noneNumbered(command.number()))
                        : switch (command.part()) {
                            case ACTION -> c.markActionEnteredInError(new ActionId(command.number()),
                                    command.reason(), actor, now);
                            case WARNING -> c.markWarningEnteredInError(new WarningId(command.number()),
                                    command.reason(), actor, now);
                            case DECISION -> c.markDecisionEnteredInError(new DecisionId(command.number()),
                                    command.reason(), actor, now);
                        },
                (update, actor, now) -> followUp(update, command, actor));
    }

    private Marked followUp(CaseUpdate update, Command command, StaffMember actor) {
        Case after = update.after();
        if (command.part() == EnteredInError.Part.DECISION) {
            Decision decision = after.decision(new DecisionId(command.number())).get();
            serviceDevelopmentTeam.changed(update.event(), decision, actor, "Decision entered in error");
            landlordSystems.enteredInError((CaseEvent.MarkedEnteredInError) update.event(), decision);
        } else {
            after.decisionsRestingOnEntriesInError().filter(d -> restsOn(after, d, command.part(), command.number()))
                    .forEach(d -> serviceDevelopmentTeam.flaggedForReview(update.event(), d, actor));
        }
        Option<Letter> correction = correction(after, command.part(), command.number(), letters, ports);
        correction.forEach(ports.letters()::issue);
        return new Marked(correction);
    }

    /** Whether the decision rests on the action or warning just marked: directly, or through its warning. */
    private static boolean restsOn(Case c, Decision d, EnteredInError.Part part, int number) {
        Option<Warning> warning = d.grounds() instanceof Grounds.AfterWarning after ? c.warning(after.warning())
                : Option.none();
        return part == EnteredInError.Part.WARNING ? warning.exists(w -> w.id().number() == number)
                : d.grounds().actions().exists(a -> a.number() == number)
                        || warning.exists(w -> w.actionsReferredTo().exists(a -> a.number() == number));
    }

    /**
     * The correction letter for a record entered in error, if the resident had been told of it: a warning (always
     * sent) or a decision they are recorded as informed of. An action is told to no one on its own.
     */
    static Option<Letter> correction(Case c, EnteredInError.Part part, int number, LetterWriter letters,
            Ports ports) {
        if (number < 1) {
            return Option.none();
        }
        return switch (part) {
            case ACTION -> Option.none();
            case WARNING -> c.warning(new WarningId(number)).filter(w -> w.isEnteredInError())
                    .map(w -> letters.correction(c, Residents.of(ports, c), w));
            case DECISION -> c.decision(new DecisionId(number))
                    .filter(d -> d.enteredInError().isDefined() && d.residentInformed().isDefined())
                    .map(d -> letters.correction(c, Residents.of(ports, c), d));
        };
    }
}

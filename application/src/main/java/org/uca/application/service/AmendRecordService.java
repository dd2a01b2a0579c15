package org.uca.application.service;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.uca.application.port.in.AmendRecordUseCase;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.Task;
import org.uca.application.port.out.Letter;
import org.uca.application.port.out.Ports;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.cases.EnteredInError;
import org.uca.domain.cases.WarningId;

/**
 * Amending records with a reason, and a corrected letter for a resident who had the letter: a warning is always
 * sent; a decision once the resident is recorded as informed of it. The Service Development Team is told of a
 * decision's corrected details, as of every other change to a decision (policy 5.1).
 */
final class AmendRecordService implements AmendRecordUseCase {

    private final CaseCommands commands;
    private final Ports ports;
    private final LetterWriter letters;
    private final ServiceDevelopmentTeam serviceDevelopmentTeam;
    private final LandlordSystems landlordSystems;

    AmendRecordService(CaseCommands commands, Ports ports, LetterWriter letters,
            ServiceDevelopmentTeam serviceDevelopmentTeam, LandlordSystems landlordSystems) {
        this.commands = commands;
        this.ports = ports;
        this.letters = letters;
        this.serviceDevelopmentTeam = serviceDevelopmentTeam;
        this.landlordSystems = landlordSystems;
    }

    @Override
    public Either<Failure, Amended> amend(Command command) {
        return commands.onCase(Task.AMEND_RECORDS, command.actingStaff(), command.caseId(), command.seen(),
                (c, actor, now) -> command.number() < 1
                        ? Either.left(command.correction().part().noneNumbered(command.number()))
                        : command.correction().applyTo(c, command.number(), command.reason(), actor, now),
                (update, actor, now) -> {
                    if (command.correction().part() == EnteredInError.Part.DECISION) {
                        var decision = update.after().decision(new DecisionId(command.number())).get();
                        serviceDevelopmentTeam.changed(update.event(), decision, actor, "Decision details amended");
                        landlordSystems.corrected((org.uca.domain.cases.CaseEvent.RecordAmended) update.event(),
                                decision);
                    }
                    Option<Letter> corrected = correctedLetter(update.after(), command);
                    corrected.forEach(ports.letters()::issue);
                    return new Amended(corrected);
                });
    }

    /** The letter replacing the one the resident had; an action is told to no one on its own. */
    private Option<Letter> correctedLetter(Case c, Command command) {
        int number = command.number();
        return switch (command.correction().part()) {
            case ACTION -> Option.none();
            case WARNING -> c.warning(new WarningId(number))
                    .map(w -> letters.warning(c, Residents.of(ports, c), w));
            case DECISION -> c.decision(new DecisionId(number))
                    .filter(d -> !LetterWriter.corrections(d).isEmpty())
                    .map(d -> letters.decision(c, Residents.of(ports, c), d));
        };
    }
}

package org.uca.application.service;

import io.vavr.control.Either;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.IssueWarningUseCase;
import org.uca.application.port.in.Task;
import org.uca.application.port.out.Letter;
import org.uca.application.port.out.Ports;
import org.uca.domain.cases.CaseEvent;
import org.uca.domain.cases.WarningId;

/** Warn first: the resident is told, with reasons, and given a chance to change. */
final class WarningService implements IssueWarningUseCase {

    private final CaseCommands commands;
    private final Ports ports;
    private final LetterWriter letters;

    WarningService(CaseCommands commands, Ports ports, LetterWriter letters) {
        this.commands = commands;
        this.ports = ports;
        this.letters = letters;
    }

    @Override
    public Either<Failure, Issued> issueWarning(Command command) {
        return commands.onCase(Task.ISSUE_WARNING, command.actingStaff(), command.caseId(), command.seen(),
                (c, actor, now) -> c.issueWarning(command.actionsReferredTo(), command.reasons(),
                        command.whatMustChange(), actor, now),
                (update, actor, now) -> {
                    WarningId id = ((CaseEvent.WarningIssued) update.event()).warning();
                    Letter letter = letters.warning(update.after(), Residents.of(ports, update.after()),
                            update.after().warning(id).get());
                    ports.letters().issue(letter);
                    return new Issued(id, letter);
                });
    }
}

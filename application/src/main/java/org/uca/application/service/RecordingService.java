package org.uca.application.service;

import io.vavr.control.Either;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.RecordContactUseCase;
import org.uca.application.port.in.RecordResidentNeedsUseCase;
import org.uca.application.port.in.RecordUnacceptableActionsUseCase;
import org.uca.application.port.in.Task;
import org.uca.domain.cases.CaseEvent;
import org.uca.domain.cases.CaseId;
import org.uca.domain.guidance.ContactGuidance;

/** Recording what happened: unacceptable actions, the resident's needs, and contact time. */
final class RecordingService
        implements RecordUnacceptableActionsUseCase, RecordResidentNeedsUseCase, RecordContactUseCase {

    private final CaseCommands commands;

    RecordingService(CaseCommands commands) {
        this.commands = commands;
    }

    @Override
    public Either<Failure, Recorded> recordActions(RecordUnacceptableActionsUseCase.Command command) {
        return commands.onResident(Task.RECORD_ACTIONS, command.actingStaff(), command.resident(), command.seen(),
                (c, actor, now) -> c.recordActions(command.reports(), actor, now),
                (update, actor, now) -> new Recorded(update.after().id(),
                        ((CaseEvent.ActionsRecorded) update.event()).actions()));
    }

    @Override
    public Either<Failure, CaseId> recordNeeds(RecordResidentNeedsUseCase.Command command) {
        return commands.onResident(Task.RECORD_NEEDS, command.actingStaff(),
                command.resident(), command.seen(), (c, actor, now) -> c.recordNeeds(command.needs(),
                        command.reason(), actor, now),
                (update, actor, now) -> update.after().id());
    }

    @Override
    public Either<Failure, ContactGuidance> recordContact(RecordContactUseCase.Command command) {
        return commands.onResident(Task.RECORD_CONTACT, command.actingStaff(), command.resident(), command.seen(),
                (c, actor, now) -> c.recordContact(command.at(), command.minutes(), command.channel(), actor, now),
                (update, actor, now) -> ContactGuidance.forCase(update.after(), now));
    }
}

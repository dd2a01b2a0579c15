package org.uca.application.service;

import io.vavr.control.Option;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.RecordRefusedAttemptUseCase;
import org.uca.application.port.in.Task;
import org.uca.domain.people.StaffId;

/** Audits the attempts a front end refused before their use case saw them, as the use cases audit theirs. */
final class RefusedAttemptService implements RecordRefusedAttemptUseCase {

    private final CaseCommands commands;

    RefusedAttemptService(CaseCommands commands) {
        this.commands = commands;
    }

    @Override
    public Option<Failure> refused(StaffId who, Task task, About about, Failure failure) {
        return commands.refusedBefore(task, who, about.caseId(), about.resident(), failure);
    }
}

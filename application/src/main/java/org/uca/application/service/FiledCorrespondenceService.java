package org.uca.application.service;

import io.vavr.control.Either;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.FiledCorrespondenceUseCase;
import org.uca.application.port.in.Task;
import org.uca.application.port.out.Ports;
import org.uca.domain.cases.CaseEvent;
import org.uca.domain.cases.FiledCorrespondence;

/** Correspondence filed without a reply: logged with its screening deadline, then screened. */
final class FiledCorrespondenceService implements FiledCorrespondenceUseCase {

    private final CaseCommands commands;
    private final Ports ports;
    private final ServiceDevelopmentTeam serviceDevelopmentTeam;

    FiledCorrespondenceService(CaseCommands commands, Ports ports, ServiceDevelopmentTeam serviceDevelopmentTeam) {
        this.commands = commands;
        this.ports = ports;
        this.serviceDevelopmentTeam = serviceDevelopmentTeam;
    }

    @Override
    public Either<Failure, FiledCorrespondence> log(Log command) {
        return commands.onCase(Task.LOG_FILED_CORRESPONDENCE, command.actingStaff(), command.caseId(), command.seen(),
                (c, actor, now) -> c.logFiledCorrespondence(command.receivedOn(), command.channel(),
                        command.summary(), ports.workingDays(), actor, now),
                (update, actor, now) -> update.after().filedCorrespondence().last());
    }

    @Override
    public Either<Failure, FiledCorrespondence> screen(Screen command) {
        return commands.onCase(Task.SCREEN_FILED_CORRESPONDENCE, command.actingStaff(), command.caseId(),
                command.seen(), (c, actor, now) -> c.screenFiledCorrespondence(command.correspondence(),
                        command.newIssue(), command.safeguarding(), actor, now),
                (update, actor, now) -> {
                    CaseEvent.CorrespondenceScreened screened = (CaseEvent.CorrespondenceScreened) update.event();
                    if (screened.safeguardingConcern()) {
                        serviceDevelopmentTeam.safeguardingConcern(screened, actor);
                    }
                    return update.after().filedCorrespondence(command.correspondence()).get();
                });
    }
}

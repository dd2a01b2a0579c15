package org.uca.application.service;

import io.vavr.control.Either;
import org.uca.application.port.in.CaseVersion;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.Task;
import org.uca.application.port.in.WithholdNoticeUseCase;
import org.uca.domain.cases.CaseUpdate;
import org.uca.domain.cases.Decision;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.people.StaffMember;

/**
 * Withholding notice of a decision from the resident, and re-checking it (issue 15 §3). The Service Development Team
 * is told of each, as of every authorised action (policy 5.1): no letter goes to the resident.
 */
final class NoticeWithheldService implements WithholdNoticeUseCase {

    private final CaseCommands commands;
    private final ServiceDevelopmentTeam serviceDevelopmentTeam;

    NoticeWithheldService(CaseCommands commands, ServiceDevelopmentTeam serviceDevelopmentTeam) {
        this.commands = commands;
        this.serviceDevelopmentTeam = serviceDevelopmentTeam;
    }

    @Override
    public Either<Failure, CaseVersion> withholdNotice(Command command) {
        return commands.onCase(Task.WITHHOLD_NOTICE, command.actingStaff(), command.caseId(), command.seen(),
                (c, actor, now) -> c.withholdNotice(command.decision(), command.risk(), command.recheckOn(), actor,
                        now),
                (update, actor, now) -> told(update, command.decision(), actor, "Notice withheld from the resident"));
    }

    @Override
    public Either<Failure, CaseVersion> keepNoticeWithheld(Command command) {
        return commands.onCase(Task.WITHHOLD_NOTICE, command.actingStaff(), command.caseId(), command.seen(),
                (c, actor, now) -> c.keepNoticeWithheld(command.decision(), command.risk(), command.recheckOn(), actor,
                        now),
                (update, actor, now) -> told(update, command.decision(), actor, "Notice still withheld"));
    }

    @Override
    public Either<Failure, CaseVersion> endNoticeWithheld(End command) {
        return commands.onCase(Task.WITHHOLD_NOTICE, command.actingStaff(), command.caseId(), command.seen(),
                (c, actor, now) -> c.endNoticeWithheld(command.decision(), command.reasons(), actor, now),
                (update, actor, now) -> told(update, command.decision(), actor, "Notice no longer withheld"));
    }

    private CaseVersion told(CaseUpdate update, DecisionId decisionId, StaffMember actor, String what) {
        Decision decision = update.after().decision(decisionId).get();
        serviceDevelopmentTeam.changed(update.event(), decision, actor, what);
        return new CaseVersion(update.after().version());
    }
}

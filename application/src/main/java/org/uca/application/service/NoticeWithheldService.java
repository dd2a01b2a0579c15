package org.uca.application.service;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.uca.application.port.in.CaseVersion;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.LetterQuery;
import org.uca.application.port.in.SendLetterUseCase;
import org.uca.application.port.in.Task;
import org.uca.application.port.in.WithholdNoticeUseCase;
import org.uca.application.port.out.Ports;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.CaseUpdate;
import org.uca.domain.cases.Decision;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.people.StaffMember;
import org.uca.domain.shared.Refusal;
import org.uca.domain.shared.UkTime;

/**
 * Withholding notice of a decision from the resident, and re-checking it (issue 15 §3). The Service Development Team
 * is told of each, as of every authorised action (policy 5.1): no letter goes to the resident.
 */
final class NoticeWithheldService implements WithholdNoticeUseCase {

    private final CaseCommands commands;
    private final Ports ports;
    private final ServiceDevelopmentTeam serviceDevelopmentTeam;

    NoticeWithheldService(CaseCommands commands, Ports ports, ServiceDevelopmentTeam serviceDevelopmentTeam) {
        this.commands = commands;
        this.ports = ports;
        this.serviceDevelopmentTeam = serviceDevelopmentTeam;
    }

    @Override
    public Either<Failure, CaseVersion> withholdNotice(Command command) {
        return commands.onCase(Task.WITHHOLD_NOTICE, command.actingStaff(), command.caseId(), command.seen(),
                (c, actor, now) -> alreadySent(c, command.decision()).<Either<Refusal, CaseUpdate>>map(Either::left)
                        .getOrElse(() -> c.withholdNotice(command.decision(), command.risk(), command.recheckOn(),
                                actor, now)),
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

    /**
     * Why notice can no longer be withheld, if a letter telling the resident of the decision has been recorded as
     * handed over, posted or e-mailed (an e-mail still queued is on its way): the resident has been, or is being,
     * told. The case does not hold its letters' sendings, so this is asked of them here.
     */
    private Option<Refusal> alreadySent(Case c, DecisionId decisionId) {
        return ports.letters().sendings(c.id())
                .find(s -> SendLetterUseCase.letterAt(s.letter()).flatMap(LetterQuery.Which::decisionToldOf)
                        .contains(decisionId))
                .map(s -> Refusal.of("decision", "A letter telling the resident of decision " + decisionId + " ("
                        + s.letter() + ") was recorded as " + s.how().label().toLowerCase(java.util.Locale.UK)
                        + " on " + UkTime.dateOf(s.at()) + ", so the resident has been or is being told and notice"
                        + " of it cannot be withheld. Record how and when they were told instead."));
    }

    private CaseVersion told(CaseUpdate update, DecisionId decisionId, StaffMember actor, String what) {
        Decision decision = update.after().decision(decisionId).get();
        serviceDevelopmentTeam.changed(update.event(), decision, actor, what);
        return new CaseVersion(update.after().version());
    }
}

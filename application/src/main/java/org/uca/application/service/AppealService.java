package org.uca.application.service;

import io.vavr.control.Either;
import org.uca.application.port.in.DecideAppealUseCase;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.LodgeAppealUseCase;
import org.uca.application.port.in.Task;
import org.uca.application.port.out.Letter;
import org.uca.application.port.out.Ports;
import org.uca.domain.cases.Appeal;
import org.uca.domain.cases.CaseEvent;
import org.uca.domain.cases.Decision;

/** Appeals: lodged with their due date, decided one level up, with an outcome letter. */
final class AppealService implements LodgeAppealUseCase, DecideAppealUseCase {

    private final CaseCommands commands;
    private final Ports ports;
    private final LetterWriter letters;
    private final ServiceDevelopmentTeam serviceDevelopmentTeam;
    private final LandlordSystems landlordSystems;

    AppealService(CaseCommands commands, Ports ports, LetterWriter letters,
            ServiceDevelopmentTeam serviceDevelopmentTeam, LandlordSystems landlordSystems) {
        this.commands = commands;
        this.ports = ports;
        this.letters = letters;
        this.serviceDevelopmentTeam = serviceDevelopmentTeam;
        this.landlordSystems = landlordSystems;
    }

    @Override
    public Either<Failure, Lodged> lodgeAppeal(LodgeAppealUseCase.Command command) {
        return commands.onCase(Task.LODGE_APPEAL, command.actingStaff(), command.caseId(), command.seen(),
                (c, actor, now) -> c.lodgeAppeal(command.decision(), command.received(), command.grounds(), actor,
                        now, ports.workingDays()),
                (update, actor, now) -> {
                    CaseEvent.AppealLodged event = (CaseEvent.AppealLodged) update.event();
                    return new Lodged(event.appeal(), event.dueBy(), event.reviewLevel());
                });
    }

    @Override
    public Either<Failure, Letter> decideAppeal(DecideAppealUseCase.Command command) {
        return commands.onCase(Task.DECIDE_APPEAL, command.actingStaff(), command.caseId(), command.seen(),
                (c, actor, now) -> c.decideAppeal(command.appeal(), command.outcome(), command.variedMeasures(),
                        command.reasons(), actor, now),
                (update, actor, now) -> {
                    Appeal appeal = update.after().appeal(command.appeal()).get();
                    Decision decision = update.after().decision(appeal.decision()).get();
                    serviceDevelopmentTeam.changed(update.event(), decision, actor, "Appeal decided");
                    landlordSystems.appealDecided((CaseEvent.AppealDecided) update.event(), decision);
                    Letter letter = letters.appealOutcome(update.after(), Residents.of(ports, update.after()), appeal,
                            decision);
                    ports.letters().issue(letter);
                    return letter;
                });
    }
}

package org.uca.application.service;

import org.uca.application.port.out.Ports;
import io.vavr.collection.List;
import io.vavr.control.Either;
import org.uca.application.port.in.AuthoriseMeasuresUseCase;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.RecordResidentInformedUseCase;
import org.uca.application.port.out.Letter;
import org.uca.application.port.out.Notifications.Audience;
import org.uca.application.port.out.Notifications.Notification;
import org.uca.domain.cases.CaseEvent.MeasuresAuthorised;
import org.uca.domain.cases.Decision;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.measures.MeasureKind;

/**
 * Authorising measures and telling people: the Service Development Team of every authorised action (policy 5.1),
 * the teams informed (4.2), and the resident by a decision letter.
 */
final class DecisionService implements AuthoriseMeasuresUseCase, RecordResidentInformedUseCase {

    private final CaseCommands commands;
    private final Ports ports;
    private final LetterWriter letters;

    DecisionService(CaseCommands commands, Ports ports, LetterWriter letters) {
        this.commands = commands;
        this.ports = ports;
        this.letters = letters;
    }

    @Override
    public Either<Failure, DecisionId> authorise(AuthoriseMeasuresUseCase.Command command) {
        return commands.onCase("authorise measures", command.actingStaff(), command.caseId(),
                (c, actor, now) -> c.authorise(command.proposal(), actor, now),
                (update, actor, now) -> {
                    MeasuresAuthorised event = (MeasuresAuthorised) update.event();
                    Decision decision = update.after().decision(event.decision()).get();
                    String measures = event.measures().map(MeasureKind::label).mkString(", ");
                    ports.notifications().send(new Notification(Audience.SERVICE_DEVELOPMENT_TEAM, List.empty(),
                            (event.immediate() ? "Immediate action" : "Measures") + " authorised on case "
                                    + event.caseId(),
                            actor.name() + " (" + actor.authority().title() + ", " + actor.team() + ") authorised: "
                                    + measures + ". Needed: " + event.requiredAuthority().title() + ". Review by "
                                    + event.reviewDate() + ". Reasons: " + decision.reasons(),
                            event));
                    ports.notifications().send(new Notification(Audience.TEAMS_INFORMED,
                            decision.safeguards().teamsInformed(), "Actions authorised for resident "
                                    + event.resident(),
                            "Authorised by " + actor.name() + ": " + measures + ". "
                                    + decision.safeguards().whoInformsResident() + " will inform the resident.",
                            event));
                    return event.decision();
                });
    }

    @Override
    public Either<Failure, Letter> recordResidentInformed(RecordResidentInformedUseCase.Command command) {
        return commands.onCase("record that the resident was informed", command.actingStaff(), command.caseId(),
                (c, actor, now) -> c.recordResidentInformed(command.decision(), command.informed(), actor, now),
                (update, actor, now) -> {
                    Letter letter = letters.decision(update.after(), Residents.of(ports, update.after()),
                            update.after().decision(command.decision()).get());
                    ports.letters().issue(letter);
                    return letter;
                });
    }
}

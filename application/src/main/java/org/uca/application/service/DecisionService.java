package org.uca.application.service;

import io.vavr.control.Either;
import java.util.concurrent.atomic.AtomicReference;
import org.uca.application.port.in.AuthoriseMeasuresUseCase;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.RecordResidentInformedUseCase;
import org.uca.application.port.in.Task;
import org.uca.application.port.out.Letter;
import org.uca.application.port.out.Notifications.Audience;
import org.uca.application.port.out.Notifications.Notification;
import org.uca.application.port.out.Ports;
import org.uca.application.port.out.StaffDirectory;
import org.uca.domain.cases.CaseEvent.MeasuresAuthorised;
import org.uca.domain.cases.Decision;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.cases.NoticeWithheld;
import org.uca.domain.measures.MeasureKind;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.Uprn;
import org.uca.domain.cases.Case;
import io.vavr.control.Option;
import org.uca.domain.people.StaffMember;
import org.uca.domain.shared.Refusal;

/**
 * Authorising measures and telling people: the Service Development Team of every authorised action (policy 5.1),
 * the teams informed (4.2), and the resident by a decision letter.
 */
final class DecisionService implements AuthoriseMeasuresUseCase, RecordResidentInformedUseCase {

    private final CaseCommands commands;
    private final Ports ports;
    private final LetterWriter letters;
    private final ServiceDevelopmentTeam serviceDevelopmentTeam;
    private final LandlordSystems landlordSystems;

    DecisionService(CaseCommands commands, Ports ports, LetterWriter letters,
            ServiceDevelopmentTeam serviceDevelopmentTeam, LandlordSystems landlordSystems) {
        this.commands = commands;
        this.ports = ports;
        this.letters = letters;
        this.serviceDevelopmentTeam = serviceDevelopmentTeam;
        this.landlordSystems = landlordSystems;
    }

    /** Whoever is named as telling the resident must be a member of staff the directory knows. */
    private Either<Refusal, StaffMember> knownStaff(StaffId id, String field) {
        return ports.staff().find(id).map(StaffDirectory.Entry::member).toEither(
                () -> Refusal.of(field, "There is no member of staff " + id + " in the staff directory."));
    }

    @Override
    public Either<Failure, DecisionId> authorise(AuthoriseMeasuresUseCase.Command command) {
        // Looked up once while checking the proposal, and named again in the notification to the teams.
        AtomicReference<StaffMember> informer = new AtomicReference<>();
        return commands.onCase(Task.AUTHORISE_MEASURES, command.actingStaff(), command.caseId(), command.seen(),
                (c, actor, now) -> knownStaff(command.proposal().safeguards().whoInformsResident(),
                        "safeguards.whoInformsResident").peek(informer::set)
                        .flatMap(found -> c.authorise(command.proposal(), actor, now,
                                command.proposal().forTheProperty() ? residentsProperty(c) : Option.none())),
                (update, actor, now) -> {
                    MeasuresAuthorised event = (MeasuresAuthorised) update.event();
                    Decision decision = update.after().decision(event.decision()).get();
                    String measures = event.measures().map(MeasureKind::label).mkString(", ");
                    serviceDevelopmentTeam.authorised(event, decision, actor);
                    landlordSystems.authorised(event, decision);
                    ports.notifications().send(new Notification(Audience.TEAMS_INFORMED,
                            decision.safeguards().teamsInformed(), "Actions authorised for resident "
                                    + event.resident(),
                            "Authorised by " + actor.name() + ": " + measures + ". " + informer.get().name()
                                    + " will inform the resident.",
                            event));
                    return event.decision();
                });
    }

    /**
     * Where the housing system has the resident now: the property a decision for the property is held on (read only
     * for such a decision, so authorising costs no extra statement otherwise).
     */
    private Option<Uprn> residentsProperty(Case c) {
        return ports.residents().find(c.resident()).flatMap(r -> r.uprn()).filter(Uprn::isUprn).map(Uprn::new);
    }

    @Override
    public Either<Failure, Letter> recordResidentInformed(RecordResidentInformedUseCase.Command command) {
        return commands.onCase(Task.RECORD_RESIDENT_INFORMED, command.actingStaff(), command.caseId(), command.seen(),
                (c, actor, now) -> knownStaff(command.informed().informedBy(), "informedBy")
                        .flatMap(found -> c.recordResidentInformed(command.decision(), command.informed(), actor,
                                now)),
                (update, actor, now) -> {
                    Decision decision = update.after().decision(command.decision()).get();
                    // an Assistant Director told the resident of a decision whose notice was withheld: ending it is
                    // reported as ending it at a re-check is
                    if (decision.noticeWithheld().flatMap(NoticeWithheld::ended).exists(e -> e.because()
                            == NoticeWithheld.Because.RESIDENT_TOLD && e.at().equals(command.informed().informedAt()))) {
                        serviceDevelopmentTeam.changed(update.event(), decision, actor,
                                "Notice no longer withheld: the resident was told");
                    }
                    Letter letter = letters.decision(update.after(), Residents.of(ports, update.after()), decision);
                    ports.letters().issue(letter);
                    return letter;
                });
    }
}

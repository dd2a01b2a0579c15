package org.uca.application.service;

import io.vavr.collection.List;
import org.uca.application.port.out.Notifications.Audience;
import org.uca.application.port.out.Notifications.Notification;
import org.uca.application.port.out.Ports;
import org.uca.domain.cases.CaseEvent;
import org.uca.domain.cases.Decision;
import org.uca.domain.measures.Measure;
import org.uca.domain.measures.MeasureKind;
import org.uca.domain.people.StaffMember;

/**
 * Managers inform the Service Development Team of the actions authorised, so decisions are monitored (policy 5.1):
 * every authorisation, and every later change to what applies (varied, lifted, or decided on appeal).
 */
final class ServiceDevelopmentTeam {

    private final Ports ports;

    ServiceDevelopmentTeam(Ports ports) {
        this.ports = ports;
    }

    void authorised(CaseEvent.MeasuresAuthorised event, Decision decision, StaffMember actor) {
        String measures = event.measures().map(MeasureKind::label).mkString(", ");
        tell((event.immediate() ? "Immediate action" : "Measures") + " authorised on case " + event.caseId(),
                actor.name() + " (" + actor.authority().title() + ", " + actor.team() + ") authorised: " + measures
                        + ". Needed: " + event.requiredAuthority().title() + ". Review by " + event.reviewDate()
                        + ". Reasons: " + decision.reasons(),
                event);
    }

    /** A decision whose measures changed after it was authorised: varied, lifted or decided on appeal. */
    void changed(CaseEvent event, Decision decision, StaffMember actor, String what) {
        String now = decision.inForce()
                ? "Now in force: " + decision.measures().map(Measure::kind).map(MeasureKind::label).mkString(", ")
                        + ". Review by " + decision.reviewDate() + "."
                : "Decision " + decision.id() + " is " + decision.status().label().toLowerCase() + ".";
        tell(what + " on case " + event.caseId(), actor.name() + " (" + actor.authority().title() + ", "
                + actor.team() + "): " + event.summary() + ". " + now, event);
    }

    /** A restriction that lapsed because nobody reviewed it in time: no member of staff acted, UCA did. */
    void lapsed(CaseEvent.RestrictionLapsed event, Decision decision) {
        tell("Restriction lapsed on case " + event.caseId(), event.summary() + ". Decision " + decision.id()
                + " (" + decision.measures().map(Measure::kind).map(MeasureKind::label).mkString(", ")
                + "), authorised by " + decision.authorisedBy().name() + " (" + decision.authorisedBy().team()
                + "), was due for review by " + event.reviewDate() + "; it lapsed on " + event.lapsedOn() + ".",
                event);
    }

    /**
     * A decision in force left resting only on records entered in error by a mark: someone at its authority level
     * must review it (see {@code Case.restsOnEntriesInError}).
     */
    void flaggedForReview(CaseEvent event, Decision decision, StaffMember actor) {
        String toDo = "Decision " + decision.id() + " rests only on records entered in error: review it";
        tell(toDo + " (case " + event.caseId() + ")", actor.name() + " (" + actor.authority().title() + ", "
                + actor.team() + "): " + event.summary() + ". " + toDo + "; it stays in force until reviewed ("
                + decision.requiredAuthority().title() + " or above), review by " + decision.reviewDate() + ".",
                event);
    }

    /**
     * Filed correspondence that raises a safeguarding concern: the team hears of it as of any change that matters
     * (what was done stays on the case, as free text stays out of notifications).
     */
    void safeguardingConcern(CaseEvent.CorrespondenceScreened event, StaffMember actor) {
        tell("Safeguarding concern in filed correspondence on case " + event.caseId(), actor.name() + " ("
                + actor.authority().title() + ", " + actor.team() + "): " + event.summary()
                + ". What was done is recorded on the case.", event);
    }

    private void tell(String subject, String body, CaseEvent event) {
        ports.notifications().send(new Notification(Audience.SERVICE_DEVELOPMENT_TEAM, List.empty(), subject, body,
                event));
    }
}

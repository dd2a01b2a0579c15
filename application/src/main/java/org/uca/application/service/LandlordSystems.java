package org.uca.application.service;

import io.vavr.collection.LinkedHashMap;
import io.vavr.control.Option;
import java.util.Locale;
import org.uca.application.port.out.Ports;
import org.uca.application.port.out.ResidentDirectory;
import org.uca.application.port.out.Webhooks.Event;
import org.uca.application.port.out.Webhooks.EventType;
import org.uca.domain.cases.AppealOutcome;
import org.uca.domain.cases.CaseEvent;
import org.uca.domain.cases.Decision;
import org.uca.domain.cases.ReviewOutcome;
import org.uca.domain.measures.Measure;

/**
 * Tells the landlord's other systems (by webhook) what changed about a restriction, in the unit of work of the
 * change: references, kinds of measure, dates and numbers, never the reasons or anything else written about the
 * resident. A review or appeal that varies the measures is both what it is and a variation.
 */
final class LandlordSystems {

    private final Ports ports;

    LandlordSystems(Ports ports) {
        this.ports = ports;
    }

    /** A new decision: authorised, or a variation when it replaces the decision in force. */
    void authorised(CaseEvent.MeasuresAuthorised event, Decision decision) {
        LinkedHashMap<String, Object> details = LinkedHashMap.<String, Object>of("authorisedAt", event.at(),
                "immediate", event.immediate());
        if (event.replaces().isDefined()) {
            publish(EventType.RESTRICTION_VARIED, event, decision, details.put("cause", "replacement")
                    .put("replacesDecision", event.replaces().get().number()));
        } else {
            publish(EventType.RESTRICTION_AUTHORISED, event, decision, details);
        }
    }

    /** A review that kept the restriction (continued or varied); a review that lifted it is {@link #lifted}. */
    void reviewed(CaseEvent.RestrictionReviewed event, Decision decision) {
        publish(EventType.RESTRICTION_REVIEWED, event, decision, LinkedHashMap.of("outcome",
                event.outcome().name().toLowerCase(Locale.ROOT), "reviewedAt", event.at()));
        if (event.outcome() == ReviewOutcome.VARY) {
            publish(EventType.RESTRICTION_VARIED, event, decision, LinkedHashMap.of("cause", "review"));
        }
    }

    /**
     * A decision's details corrected: the systems hear of it only when the review date of a restriction in force
     * changed (its reasons are free text, which they are never sent).
     */
    void corrected(CaseEvent.RecordAmended event, Decision decision) {
        boolean reviewDateChanged = decision.amendments().lastOption()
                .exists(m -> !m.superseded().reviewDate().equals(decision.reviewDate()));
        if (decision.inForce() && reviewDateChanged) {
            publish(EventType.RESTRICTION_VARIED, event, decision, LinkedHashMap.of("cause", "correction"));
        }
    }

    void lifted(CaseEvent.RestrictionLifted event, Decision decision) {
        publish(EventType.RESTRICTION_LIFTED, event, decision, LinkedHashMap.of("liftedAt", event.at(),
                "cause", "lifted"));
    }

    /** A restriction not reviewed in time: for other systems it is lifted, because it lapsed. */
    void lapsed(CaseEvent.RestrictionLapsed event, Decision decision) {
        publish(EventType.RESTRICTION_LIFTED, event, decision, LinkedHashMap.of("liftedAt", event.at(),
                "cause", "lapsed"));
    }

    void enteredInError(CaseEvent.MarkedEnteredInError event, Decision decision) {
        publish(EventType.RESTRICTION_ENTERED_IN_ERROR, event, decision, LinkedHashMap.of("markedAt", event.at()));
    }

    void appealDecided(CaseEvent.AppealDecided event, Decision decision) {
        publish(EventType.APPEAL_DECIDED, event, decision, LinkedHashMap.<String, Object>of(
                "appeal", event.appeal().number(),
                "outcome", outcome(event.outcome()),
                "late", event.late(),
                "decidedAt", event.at()));
        // An appeal decided after its decision ended (lifted at review, replaced) changes nothing in force: the
        // decision keeps its status, and the systems are told only that the appeal was decided.
        if (event.outcome() == AppealOutcome.DECISION_VARIED && decision.inForce()) {
            publish(EventType.RESTRICTION_VARIED, event, decision, LinkedHashMap.of("cause", "appeal"));
        } else if (event.outcome() == AppealOutcome.DECISION_OVERTURNED
                && decision.status() == org.uca.domain.cases.DecisionStatus.OVERTURNED) {
            // a system that only follows restrictions in force must hear that this one no longer is
            publish(EventType.RESTRICTION_LIFTED, event, decision, LinkedHashMap.of("liftedAt", event.at(),
                    "cause", "appeal"));
        }
    }

    private static String outcome(AppealOutcome outcome) {
        return switch (outcome) {
            case DECISION_UPHELD -> "upheld";
            case DECISION_VARIED -> "varied";
            case DECISION_OVERTURNED -> "overturned";
        };
    }

    private void publish(EventType type, CaseEvent event, Decision decision, LinkedHashMap<String, Object> details) {
        if (!ports.webhooks().takes(type)) {
            return; // no system wants it: the resident is not even looked up
        }
        Option<String> uprn = ports.residents().find(event.resident()).flatMap(ResidentDirectory.Resident::uprn);
        ports.webhooks().publish(new Event(type, event.caseId(), event.resident(), uprn,
                decision.property().map(org.uca.domain.people.Uprn::value), decision.id(),
                decision.status(), decision.measures().map(Measure::kind),
                decision.inForce() ? Option.some(decision.reviewDate()) : Option.none(), event.at(), details));
    }
}

package org.uca.domain.cases;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import org.jmolecules.event.annotation.DomainEvent;
import org.uca.domain.measures.MeasureKind;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;
import org.uca.domain.shared.Channel;

/**
 * Something that happened on a case, with who did it and when. A case's events are its timeline; they are only
 * ever appended.
 */
public sealed interface CaseEvent {

    CaseId caseId();

    ResidentId resident();

    /** Who did it. */
    StaffId by();

    /** When it was recorded. */
    Instant at();

    /** One line for the timeline. */
    String summary();

    @DomainEvent
    record ActionsRecorded(CaseId caseId, ResidentId resident, Seq<ActionId> actions, boolean safetyConcerns,
            StaffId by, Instant at) implements CaseEvent {
        public String summary() {
            return actions.size() == 1 ? "Unacceptable action recorded" : actions.size() + " unacceptable actions recorded";
        }
    }

    @DomainEvent
    record WarningIssued(CaseId caseId, ResidentId resident, WarningId warning, StaffId by, Instant at)
            implements CaseEvent {
        public String summary() {
            return "Warning issued: the resident was told the actions are unacceptable and given a chance to change";
        }
    }

    /** Every authorised action is reported to the Service Development Team from this event (policy 5.1). */
    @DomainEvent
    record MeasuresAuthorised(CaseId caseId, ResidentId resident, DecisionId decision, Seq<MeasureKind> measures,
            AuthorityLevel requiredAuthority, AuthorityLevel authorisedAtLevel, String authorisedByTeam,
            boolean immediate, LocalDate reviewDate, StaffId by, Instant at) implements CaseEvent {
        public String summary() {
            return (immediate ? "Immediate action authorised: " : "Measures authorised: ")
                    + measures.map(MeasureKind::label).mkString(", ");
        }
    }

    @DomainEvent
    record ResidentInformedOfDecision(CaseId caseId, ResidentId resident, DecisionId decision, InformedHow how,
            StaffId informedBy, Instant informedAt, StaffId by, Instant at) implements CaseEvent {
        public String summary() {
            return "Resident informed of decision " + decision + " (" + how.label().toLowerCase() + ")";
        }
    }

    @DomainEvent
    record AppealLodged(CaseId caseId, ResidentId resident, AppealId appeal, DecisionId decision,
            LocalDate received, LocalDate dueBy, AuthorityLevel reviewLevel, StaffId by, Instant at)
            implements CaseEvent {
        public String summary() {
            return "Appeal against decision " + decision + " received " + received + ", to be reviewed by "
                    + reviewLevel.title() + " by " + dueBy;
        }
    }

    @DomainEvent
    record AppealDecided(CaseId caseId, ResidentId resident, AppealId appeal, DecisionId decision,
            AppealOutcome outcome, boolean late, StaffId by, Instant at) implements CaseEvent {
        public String summary() {
            return "Appeal decided: " + outcome.label().toLowerCase() + (late ? " (after the due date)" : "");
        }
    }

    @DomainEvent
    record RestrictionReviewed(CaseId caseId, ResidentId resident, DecisionId decision, ReviewOutcome outcome,
            Option<LocalDate> nextReview, StaffId by, Instant at) implements CaseEvent {
        public String summary() {
            return "Restriction reviewed: " + outcome.label().toLowerCase()
                    + nextReview.map(d -> ", next review " + d).getOrElse("");
        }
    }

    @DomainEvent
    record RestrictionLifted(CaseId caseId, ResidentId resident, DecisionId decision, StaffId by, Instant at)
            implements CaseEvent {
        public String summary() {
            return "Restriction lifted: decision " + decision + " no longer applies";
        }
    }

    @DomainEvent
    record ResidentNeedsRecorded(CaseId caseId, ResidentId resident, int adjustments, boolean vulnerabilityNoted,
            StaffId by, Instant at) implements CaseEvent {
        public String summary() {
            return "Reasonable adjustments and vulnerability recorded (" + adjustments + " adjustment"
                    + (adjustments == 1 ? "" : "s") + ")";
        }
    }

    @DomainEvent
    record ContactRecorded(CaseId caseId, ResidentId resident, int minutes, Channel channel, StaffId by, Instant at)
            implements CaseEvent {
        public String summary() {
            return minutes + " minutes of contact by " + channel.label();
        }
    }
}

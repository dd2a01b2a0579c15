package org.uca.adapter.persistence.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One event of a case's timeline as stored, named by its {@code type}. Who and when are on every event; the case
 * and the resident are not (they are the case's).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = EventDocument.ActionsRecorded.class, name = "ActionsRecorded"),
        @JsonSubTypes.Type(value = EventDocument.WarningIssued.class, name = "WarningIssued"),
        @JsonSubTypes.Type(value = EventDocument.MeasuresAuthorised.class, name = "MeasuresAuthorised"),
        @JsonSubTypes.Type(value = EventDocument.ResidentInformedOfDecision.class,
                name = "ResidentInformedOfDecision"),
        @JsonSubTypes.Type(value = EventDocument.AppealLodged.class, name = "AppealLodged"),
        @JsonSubTypes.Type(value = EventDocument.AppealDecided.class, name = "AppealDecided"),
        @JsonSubTypes.Type(value = EventDocument.RestrictionReviewed.class, name = "RestrictionReviewed"),
        @JsonSubTypes.Type(value = EventDocument.RestrictionLifted.class, name = "RestrictionLifted"),
        @JsonSubTypes.Type(value = EventDocument.RestrictionLapsed.class, name = "RestrictionLapsed"),
        @JsonSubTypes.Type(value = EventDocument.ResidentNeedsRecorded.class, name = "ResidentNeedsRecorded"),
        @JsonSubTypes.Type(value = EventDocument.ContactRecorded.class, name = "ContactRecorded"),
        @JsonSubTypes.Type(value = EventDocument.CorrespondenceFiled.class, name = "CorrespondenceFiled"),
        @JsonSubTypes.Type(value = EventDocument.CorrespondenceScreened.class, name = "CorrespondenceScreened"),
        @JsonSubTypes.Type(value = EventDocument.MarkedEnteredInError.class, name = "MarkedEnteredInError"),
        @JsonSubTypes.Type(value = EventDocument.RecordAmended.class, name = "RecordAmended"),
        @JsonSubTypes.Type(value = EventDocument.NoticeWithheldFromResident.class,
                name = "NoticeWithheldFromResident"),
        @JsonSubTypes.Type(value = EventDocument.NoticeWithheldEnded.class, name = "NoticeWithheldEnded")})
sealed interface EventDocument {

    String by();

    Instant at();

    record ActionsRecorded(List<Integer> actions, boolean safetyConcerns, String by, Instant at)
            implements EventDocument {
    }

    record WarningIssued(int warning, String by, Instant at) implements EventDocument {
    }

    /** {@code replaces}: the decision this one replaced, or absent (it added to any in force; events before 2026-12). */
    record MeasuresAuthorised(int decision, List<String> measures, String requiredAuthority,
            String authorisedAtLevel, String authorisedByTeam, boolean immediate, LocalDate reviewDate,
            @JsonInclude(JsonInclude.Include.NON_NULL) Integer replaces, String by, Instant at)
            implements EventDocument {
    }

    record ResidentInformedOfDecision(int decision, String how, String informedBy, Instant informedAt, String by,
            Instant at) implements EventDocument {
    }

    record AppealLodged(int appeal, int decision, LocalDate received, LocalDate dueBy, String reviewLevel, String by,
            Instant at) implements EventDocument {
    }

    record AppealDecided(int appeal, int decision, String outcome, boolean late, String by, Instant at)
            implements EventDocument {
    }

    record RestrictionReviewed(int decision, String outcome, LocalDate nextReview, String by, Instant at)
            implements EventDocument {
    }

    record RestrictionLifted(int decision, String by, Instant at) implements EventDocument {
    }

    /** {@code reviewDate}: the review date that passed without a review; {@code lapsedOn}: the UK date it lapsed. */
    record RestrictionLapsed(int decision, LocalDate reviewDate, LocalDate lapsedOn, String by, Instant at)
            implements EventDocument {
    }

    /** @param changed true when it changed what was recorded before; absent for a first recording */
    record ResidentNeedsRecorded(int adjustments, boolean vulnerabilityNoted,
            @JsonInclude(JsonInclude.Include.NON_NULL) Boolean changed, String by, Instant at)
            implements EventDocument {
    }

    record ContactRecorded(int minutes, String channel, String by, Instant at) implements EventDocument {
    }

    /** {@code correspondence}: its number on the case; {@code decision}: the decision in force it was filed under. */
    record CorrespondenceFiled(int correspondence, int decision, String channel, LocalDate receivedOn,
            LocalDate screenBy, String by, Instant at) implements EventDocument {
    }

    record CorrespondenceScreened(int correspondence, boolean newIssue, boolean safeguardingConcern, boolean late,
            String by, Instant at) implements EventDocument {
    }

    /** {@code part}: ACTION, WARNING or DECISION; {@code number}: its number on the case. */
    record MarkedEnteredInError(String part, int number, String by, Instant at) implements EventDocument {
    }

    /** {@code part}: ACTION, WARNING or DECISION; {@code amendment}: which correction of it, from 1. */
    record RecordAmended(String part, int number, int amendment, String by, Instant at) implements EventDocument {
    }

    /** {@code withholding}: which withholding of the decision, from 1; {@code kept}: kept at a re-check. */
    record NoticeWithheldFromResident(int decision, LocalDate recheckOn, int withholding, boolean kept, String by,
            Instant at) implements EventDocument {
    }

    record NoticeWithheldEnded(int decision, String by, Instant at) implements EventDocument {
    }
}

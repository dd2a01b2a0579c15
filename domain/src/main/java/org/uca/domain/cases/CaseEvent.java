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

    /** The same event, about the resident under another reference (the retention rule's pseudonym). */
    CaseEvent withResident(ResidentId resident);

    @DomainEvent
    record ActionsRecorded(CaseId caseId, ResidentId resident, Seq<ActionId> actions, boolean safetyConcerns,
            StaffId by, Instant at) implements CaseEvent {
        public String summary() {
            return actions.size() == 1 ? "Unacceptable action recorded" : actions.size() + " unacceptable actions recorded";
        }

        public ActionsRecorded withResident(ResidentId resident) {
            return new ActionsRecorded(caseId, resident, actions, safetyConcerns, by, at);
        }
    }

    @DomainEvent
    record WarningIssued(CaseId caseId, ResidentId resident, WarningId warning, StaffId by, Instant at)
            implements CaseEvent {
        public String summary() {
            return "Warning issued: the resident was told the actions are unacceptable and given a chance to change";
        }

        public WarningIssued withResident(ResidentId resident) {
            return new WarningIssued(caseId, resident, warning, by, at);
        }
    }

    /** Every authorised action is reported to the Service Development Team from this event (policy 5.1). */
    @DomainEvent
    /** @param replaces the decision in force this one replaces (varies), if it does not add to it */
    record MeasuresAuthorised(CaseId caseId, ResidentId resident, DecisionId decision, Seq<MeasureKind> measures,
            AuthorityLevel requiredAuthority, AuthorityLevel authorisedAtLevel, String authorisedByTeam,
            boolean immediate, LocalDate reviewDate, Option<DecisionId> replaces, StaffId by, Instant at)
            implements CaseEvent {
        public String summary() {
            return (immediate ? "Immediate action authorised: " : "Measures authorised: ")
                    + measures.map(MeasureKind::label).mkString(", ")
                    + replaces.map(r -> " (replacing decision " + r + ")").getOrElse("");
        }

        public MeasuresAuthorised withResident(ResidentId resident) {
            return new MeasuresAuthorised(caseId, resident, decision, measures, requiredAuthority, authorisedAtLevel,
                    authorisedByTeam, immediate, reviewDate, replaces, by, at);
        }
    }

    @DomainEvent
    record ResidentInformedOfDecision(CaseId caseId, ResidentId resident, DecisionId decision, InformedHow how,
            StaffId informedBy, Instant informedAt, StaffId by, Instant at) implements CaseEvent {
        public String summary() {
            return "Resident informed of decision " + decision + " (" + how.label().toLowerCase() + ")";
        }

        public ResidentInformedOfDecision withResident(ResidentId resident) {
            return new ResidentInformedOfDecision(caseId, resident, decision, how, informedBy, informedAt, by, at);
        }
    }

    /**
     * Notice of a decision withheld from the resident, because telling them would create a risk, or kept withheld at
     * its re-check (issue 15 §3). Why is kept with the decision (free text stays out of events, for the retention
     * rule).
     *
     * @param withholding which withholding of that decision this is: 1 for the first, more for each kept at a
     *                    re-check or withheld again
     * @param kept        whether it was kept at a re-check (the one before still stood)
     */
    @DomainEvent
    record NoticeWithheldFromResident(CaseId caseId, ResidentId resident, DecisionId decision, LocalDate recheckOn,
            int withholding, boolean kept, StaffId by, Instant at) implements CaseEvent {
        public String summary() {
            return (kept ? "Notice of decision " + decision + " still withheld at its re-check: telling the resident"
                    + " would still create a risk; next re-check on " : "Notice of decision " + decision
                    + " withheld from the resident: telling them would create a risk; re-check on ") + recheckOn;
        }

        public NoticeWithheldFromResident withResident(ResidentId resident) {
            return new NoticeWithheldFromResident(caseId, resident, decision, recheckOn, withholding, kept, by, at);
        }
    }

    /** Notice of a decision no longer withheld, at a re-check: the resident is now to be told (issue 15 §3). */
    @DomainEvent
    record NoticeWithheldEnded(CaseId caseId, ResidentId resident, DecisionId decision, StaffId by, Instant at)
            implements CaseEvent {
        public String summary() {
            return "Notice of decision " + decision + " no longer withheld: the resident is now to be told";
        }

        public NoticeWithheldEnded withResident(ResidentId resident) {
            return new NoticeWithheldEnded(caseId, resident, decision, by, at);
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

        public AppealLodged withResident(ResidentId resident) {
            return new AppealLodged(caseId, resident, appeal, decision, received, dueBy, reviewLevel, by, at);
        }
    }

    @DomainEvent
    record AppealDecided(CaseId caseId, ResidentId resident, AppealId appeal, DecisionId decision,
            AppealOutcome outcome, boolean late, StaffId by, Instant at) implements CaseEvent {
        public String summary() {
            return "Appeal decided: " + outcome.label().toLowerCase() + (late ? " (after the due date)" : "");
        }

        public AppealDecided withResident(ResidentId resident) {
            return new AppealDecided(caseId, resident, appeal, decision, outcome, late, by, at);
        }
    }

    @DomainEvent
    record RestrictionReviewed(CaseId caseId, ResidentId resident, DecisionId decision, ReviewOutcome outcome,
            Option<LocalDate> nextReview, StaffId by, Instant at) implements CaseEvent {
        public String summary() {
            return "Restriction reviewed: " + outcome.label().toLowerCase()
                    + nextReview.map(d -> ", next review " + d).getOrElse("");
        }

        public RestrictionReviewed withResident(ResidentId resident) {
            return new RestrictionReviewed(caseId, resident, decision, outcome, nextReview, by, at);
        }
    }

    @DomainEvent
    record RestrictionLifted(CaseId caseId, ResidentId resident, DecisionId decision, StaffId by, Instant at)
            implements CaseEvent {
        public String summary() {
            return "Restriction lifted: decision " + decision + " no longer applies";
        }

        public RestrictionLifted withResident(ResidentId resident) {
            return new RestrictionLifted(caseId, resident, decision, by, at);
        }
    }

    /**
     * A restriction not reviewed by its review date and the grace period after it lapsed ({@link LapseRule}): it no
     * longer applies. Recorded by {@link LapseRule#UCA}.
     *
     * @param reviewDate the review date that passed without a review
     * @param lapsedOn   the UK date it lapsed
     */
    @DomainEvent
    record RestrictionLapsed(CaseId caseId, ResidentId resident, DecisionId decision, LocalDate reviewDate,
            LocalDate lapsedOn, StaffId by, Instant at) implements CaseEvent {
        public String summary() {
            return "Restriction lapsed: decision " + decision + " was not reviewed by " + reviewDate
                    + " or in the grace period after it, so it no longer applies";
        }

        public RestrictionLapsed withResident(ResidentId resident) {
            return new RestrictionLapsed(caseId, resident, decision, reviewDate, lapsedOn, by, at);
        }
    }

    @DomainEvent
    /** @param changed whether it changed what was recorded before (kept on the case, superseded) */
    record ResidentNeedsRecorded(CaseId caseId, ResidentId resident, int adjustments, boolean vulnerabilityNoted,
            boolean changed, StaffId by, Instant at) implements CaseEvent {
        /** The first recording. */
        public ResidentNeedsRecorded(CaseId caseId, ResidentId resident, int adjustments, boolean vulnerabilityNoted,
                StaffId by, Instant at) {
            this(caseId, resident, adjustments, vulnerabilityNoted, false, by, at);
        }

        public String summary() {
            return "Reasonable adjustments and vulnerability " + (changed ? "changed, what was recorded before"
                    + " superseded" : "recorded") + " (" + adjustments + " adjustment" + (adjustments == 1 ? "" : "s")
                    + ")";
        }

        public ResidentNeedsRecorded withResident(ResidentId resident) {
            return new ResidentNeedsRecorded(caseId, resident, adjustments, vulnerabilityNoted, changed, by, at);
        }
    }

    @DomainEvent
    record ContactRecorded(CaseId caseId, ResidentId resident, int minutes, Channel channel, StaffId by, Instant at)
            implements CaseEvent {
        public String summary() {
            return minutes + " minutes of contact by " + channel.label();
        }

        public ContactRecorded withResident(ResidentId resident) {
            return new ContactRecorded(caseId, resident, minutes, channel, by, at);
        }
    }

    /**
     * Correspondence filed without a reply under a decision limiting how complaints reach us
     * ({@link FiledCorrespondence}); its summary stays with the case, out of the event.
     */
    @DomainEvent
    record CorrespondenceFiled(CaseId caseId, ResidentId resident, int correspondence, DecisionId decision,
            Channel channel, LocalDate receivedOn, LocalDate screenBy, StaffId by, Instant at) implements CaseEvent {
        public String summary() {
            return "Correspondence filed without a reply (" + channel.label() + ", received " + receivedOn
                    + "): to be screened for new issues and safeguarding concerns by " + screenBy;
        }

        public CorrespondenceFiled withResident(ResidentId resident) {
            return new CorrespondenceFiled(caseId, resident, correspondence, decision, channel, receivedOn, screenBy,
                    by, at);
        }
    }

    /** @param late whether it was screened after its deadline */
    @DomainEvent
    record CorrespondenceScreened(CaseId caseId, ResidentId resident, int correspondence, boolean newIssue,
            boolean safeguardingConcern, boolean late, StaffId by, Instant at) implements CaseEvent {
        public String summary() {
            return "Filed correspondence " + correspondence + " screened: "
                    + (newIssue ? "raises a new issue or complaint" : "no new issue or complaint") + "; "
                    + (safeguardingConcern ? "raises a safeguarding concern" : "no safeguarding concern")
                    + (late ? " (after its deadline)" : "");
        }

        public CorrespondenceScreened withResident(ResidentId resident) {
            return new CorrespondenceScreened(caseId, resident, correspondence, newIssue, safeguardingConcern, late,
                    by, at);
        }
    }

    /**
     * An action, warning or decision marked as entered in error: it should never have been recorded. Its reason is
     * kept with the part itself (free text stays out of events, for the retention rule).
     */
    @DomainEvent
    record MarkedEnteredInError(CaseId caseId, ResidentId resident, EnteredInError.Part part, int number, StaffId by,
            Instant at) implements CaseEvent {
        public String summary() {
            return part.label() + " " + number + " marked as entered in error: it should never have been recorded";
        }

        public MarkedEnteredInError withResident(ResidentId resident) {
            return new MarkedEnteredInError(caseId, resident, part, number, by, at);
        }
    }

    /**
     * An action, warning or decision corrected: its details replaced, the original kept with it marked as
     * superseded (with who, when and why; free text stays out of events, for the retention rule).
     *
     * @param amendment which correction of that record this is: 1 for the first
     */
    @DomainEvent
    record RecordAmended(CaseId caseId, ResidentId resident, EnteredInError.Part part, int number, int amendment,
            StaffId by, Instant at) implements CaseEvent {
        public String summary() {
            return part.label() + " " + number + " amended" + (amendment == 1 ? "" : " (correction " + amendment + ")")
                    + ": the original stays, marked as superseded";
        }

        public RecordAmended withResident(ResidentId resident) {
            return new RecordAmended(caseId, resident, part, number, amendment, by, at);
        }
    }
}

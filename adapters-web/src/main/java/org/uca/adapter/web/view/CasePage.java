package org.uca.adapter.web.view;

import java.util.List;

/** A case: actions, warnings, decisions, appeals, needs, the timeline and the audit trail. */
public record CasePage(PageFrame frame, String caseId, String residentName, String reference, String guidanceHref,
        boolean restricted, List<Link> commands, List<ActionRow> actions, List<WarningRow> warnings,
        List<DecisionRow> decisions, List<AppealRow> appeals, List<String> adjustments, String vulnerability,
        List<String> needsSuperseded, List<TimelineRow> timeline, List<AuditRow> audit,
        List<CorrespondenceRow> correspondence) {

    /**
     * @param enteredInError who marked it as entered in error, when and why (null if it was not)
     * @param markHref       the form marking it as entered in error, for those who may (null for others)
     * @param superseded     each earlier version, superseded by a correction: who, when, why and what it said
     * @param amendHref      the form amending it, for those who may (null for others)
     */
    public record ActionRow(int number, String occurred, String kind, String affected, String channel,
            String whatHappened, boolean safetyConcern, String recordedBy, String enteredInError, String markHref,
            List<String> superseded, String amendHref) {
    }

    /**
     * @param enteredInError who marked it as entered in error, when and why (null if it was not)
     * @param markHref       the form marking it as entered in error, for those who may (null for others)
     * @param correctionHref the correction letter, once it is entered in error (null before)
     * @param superseded     each earlier wording, superseded by a correction: who, when, why and what it said
     * @param supersededLetters each letter the resident had that a corrected letter replaced, linked to it as sent
     * @param amendHref      the form amending it, for those who may (null for others)
     */
    public record WarningRow(int number, String issued, String issuedBy, String actions, String reasons,
            String whatMustChange, String letterHref, String enteredInError, String markHref, String correctionHref,
            List<String> superseded, List<Link> supersededLetters, String amendHref) {
    }

    /**
     * @param safeguards       what was recorded to make the decision fair, for those shown it (empty for others)
     * @param enteredInError   who marked it as entered in error, when and why (null if it was not)
     * @param flaggedForReview in force, but resting only on actions (or a warning) entered in error
     * @param correctionHref   the correction letter, once it is entered in error and the resident had been told
     * @param superseded       each earlier version of its details, superseded by a correction
     * @param supersededLetters each letter the resident had that a corrected letter replaced, linked to it as sent
     * @param amendHref        the form amending its details, for those who may (null for others)
     * @param heldOnProperty   "UPRN …", the property its instruction to visitors is held on as well (null if none)
     * @param noticeWithheld   "Notice withheld: …; re-check on …" while notice is withheld from the resident (null
     *                         otherwise)
     * @param complaintsStillHeard how new complaints and new issues will still be heard (null if it says nothing)
     */
    public record DecisionRow(int number, String status, boolean inForce, List<String> measures, String grounds,
            String reasons, String authorisedBy, String authorised, String reviewDate, String informed,
            String letterHref, List<Link> links, List<Link> reviewLetters, List<Safeguard> safeguards,
            String enteredInError, boolean flaggedForReview, String correctionHref, List<String> superseded,
            List<Link> supersededLetters, String amendHref, String heldOnProperty, String noticeWithheld,
            String complaintsStillHeard) {
    }

    /**
     * Correspondence filed without a reply and its screening.
     *
     * @param screening what screening found, by whom and when; null until screened
     * @param screenHref the screening form, for those who may while it is not screened (null otherwise)
     */
    public record CorrespondenceRow(int number, String received, String summary, String screenBy, boolean overdue,
            String screening, String screenHref) {
    }

    /** One safeguard recorded with a decision: what was considered, and what was recorded. */
    public record Safeguard(String label, String recorded) {
    }

    public record AppealRow(int number, int decision, String received, String dueBy, String reviewLevel,
            String grounds, String outcome, boolean overdue, String letterHref, String decideHref) {
    }

    public record TimelineRow(String when, String what, String who) {
    }

    public record AuditRow(String when, String who, String command, String outcome, String why) {
    }
}

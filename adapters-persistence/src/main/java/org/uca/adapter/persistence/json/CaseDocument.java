package org.uca.adapter.persistence.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A case's state as stored, in format 2: every part of the aggregate in plain values (enum names, ids as text, ISO
 * dates), so the JSON reads on its own in a subject-access export and stays stable when Java classes are renamed.
 * The history is not here: it is the case's events, each its own row (see {@link EventDocument}). In the database
 * the parts that grow with the case (actions, warnings, decisions, appeals, contacts) are each a row of their own
 * and the rest is the case's head; this record is the two put together (see {@link StoredJson}).
 *
 * <p>Format 1 (until issue 10) held the whole history too, in {@code history}; reading drops it (the same events
 * are in {@code case_event}).
 *
 * @param format              the document format, raised whenever a stored field changes meaning (with an
 *                            {@link Upcaster})
 * @param filedCorrespondence the correspondence filed without a reply; absent when none (and in documents before
 *                            issue 15 §2)
 */
record CaseDocument(int format, String id, String resident, List<Action> actions, List<Warning> warnings,
        List<Decision> decisions, List<Appeal> appeals, Needs needs, List<Contact> contacts,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Filed> filedCorrespondence) {

    static final int FORMAT = 2;

    /**
     * {@code enteredInError}: absent unless the action was marked so (and in documents before 2026-12);
     * {@code amendments}: absent unless it was corrected (and in documents before 2026-12).
     */
    record Action(int number, String kind, String otherKind, List<String> affected, Instant occurredAt,
            String channel, String reportedBy, String whatHappened, boolean safetyConcern, String recordedBy,
            Instant recordedAt, @JsonInclude(JsonInclude.Include.NON_NULL) EnteredInError enteredInError,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Amendment<Report>> amendments) {
    }

    /** An action's report as it was before a correction. */
    record Report(String kind, String otherKind, List<String> affected, Instant occurredAt, String channel,
            String reportedBy, String whatHappened, boolean safetyConcern) {
    }

    /**
     * {@code enteredInError}: absent unless the warning was marked so (and in documents before 2026-12);
     * {@code amendments}: absent unless it was corrected (and in documents before 2026-12).
     */
    record Warning(int number, List<Integer> actionsReferredTo, String reasons, String whatMustChange,
            String issuedBy, Instant issuedAt, @JsonInclude(JsonInclude.Include.NON_NULL) EnteredInError enteredInError,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Amendment<Wording>> amendments) {
    }

    record Wording(String reasons, String whatMustChange) {
    }

    /** A record's details as they were before one correction, and who corrected them, when and why. */
    record Amendment<T>(T superseded, String by, Instant at, String reason) {
    }

    /** {@code howComplaintsAreStillHeard}: absent when the decision said nothing of it (and before issue 15 §2). */
    record Details(String reasons, LocalDate reviewDate,
            @JsonInclude(JsonInclude.Include.NON_NULL) String howComplaintsAreStillHeard) {
    }

    /** Who marked a part as entered in error, when and why. */
    record EnteredInError(String by, Instant at, String reason) {
    }

    record Staff(String id, String name, String team, String authority) {
    }

    /**
     * One measure; {@code kind} says which fields apply: the single point of contact's officer and name, a contact
     * time allowance's minutes per week or month, the excluded methods of contact, or the measure's own text (third
     * party, posts and sites, works withheld, timescales varied, tenancy action, police, "other"). {@code services}
     * names the services a contact standard or service limit is confined to; absent, it applies to all services (as
     * every measure stored before scopes existed did).
     */
    record Measure(String kind, String officer, String officerName, Integer minutes, String per,
            List<String> excluded, String text, List<String> services) {
    }

    /** {@code type} is AFTER_WARNING (warning and further actions) or IMMEDIATE_FOR_SAFETY (actions, justification). */
    record Grounds(String type, Integer warning, List<Integer> actions, String justification) {
    }

    record LegalAdvice(boolean needed, String notes) {
    }

    record Safeguards(String equalityAndVulnerabilityNotes, List<String> teamsConsulted, List<String> teamsInformed,
            String whoInformsResident, LegalAdvice legalAdvice, String adjustmentConflictJustification,
            @JsonInclude(JsonInclude.Include.NON_NULL) String howComplaintsAreStillHeard) {
    }

    record Informed(Instant informedAt, String informedBy, String how) {
    }

    record Review(String outcome, List<Measure> measuresAfter, String reasons, Staff reviewedBy, Instant reviewedAt,
            LocalDate nextReviewDate) {
    }

    /**
     * {@code replaces}: the decision this one replaced, absent if none (and in documents before 2026-12);
     * {@code enteredInError}: absent unless its status is ENTERED_IN_ERROR; {@code amendments}: absent unless
     * its details were corrected (and in documents before 2026-12).
     */
    record Decision(int number, List<Measure> measures, Grounds grounds, String reasons, Safeguards safeguards,
            Staff authorisedBy, Instant authorisedAt, LocalDate reviewDate, String status, Informed residentInformed,
            List<Review> reviews, @JsonInclude(JsonInclude.Include.NON_NULL) Integer replaces,
            @JsonInclude(JsonInclude.Include.NON_NULL) EnteredInError enteredInError,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Amendment<Details>> amendments,
            @JsonInclude(JsonInclude.Include.NON_NULL) AsAuthorised asAuthorised,
            @JsonInclude(JsonInclude.Include.NON_NULL) String propertyUprn,
            @JsonInclude(JsonInclude.Include.NON_NULL) NoticeWithheld noticeWithheld) {
    }

    /**
     * Notice of a decision withheld from the resident (issue 15 §3): the latest sign-off, the earlier ones oldest
     * first, how it ended (absent while withheld), and how earlier withholdings ended before notice was withheld again
 * (absent if none did). Absent on the decision if never withheld (and in documents
     * before 2027-01).
     */
    record NoticeWithheld(Withholding latest, @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Withholding> earlier,
            @JsonInclude(JsonInclude.Include.NON_NULL) NoticeEnded ended,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<NoticeEnded> endedBefore) {
    }

    record Withholding(String risk, LocalDate recheckOn, Staff signedOffBy, Instant at) {
    }

    /** {@code because}: RECHECKED or RESIDENT_TOLD. */
    record NoticeEnded(String by, Instant at, String because, String reasons) {
    }

    /** What the decision letter said, where a review or an appeal has varied it since (absent: what it says now). */
    record AsAuthorised(List<Measure> measures, LocalDate reviewDate) {
    }

    record AppealDecision(String outcome, List<Measure> variedMeasures, String reasons, Staff decidedBy,
            Instant decidedAt) {
    }

    record Appeal(int number, int decision, LocalDate received, String grounds, String recordedBy,
            Instant recordedAt, LocalDate dueBy, String reviewLevel, AppealDecision outcome) {
    }

    record Adjustment(String kind, String notes) {
    }

    /** @param amendments what was recorded before each change (absent when never changed) */
    record Needs(List<Adjustment> adjustments, String vulnerabilityNotes,
            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Amendment<Needs>> amendments) {
    }

    record Contact(Instant at, int minutes, String channel, String by) {
    }

    /** @param screening absent until it is screened */
    record Filed(int number, int decision, LocalDate receivedOn, String channel, String summary, String loggedBy,
            Instant loggedAt, LocalDate screenBy, @JsonInclude(JsonInclude.Include.NON_NULL) Screening screening) {
    }

    /** {@code newIssue}, {@code safeguarding}: what was done, each absent when it raises none. */
    record Screening(@JsonInclude(JsonInclude.Include.NON_NULL) String newIssue,
            @JsonInclude(JsonInclude.Include.NON_NULL) String safeguarding, String by, Instant at) {
    }
}

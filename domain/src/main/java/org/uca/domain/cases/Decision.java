package org.uca.domain.cases;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jmolecules.ddd.annotation.Entity;
import org.jmolecules.ddd.annotation.Identity;
import org.uca.domain.measures.Measure;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.StaffMember;
import org.uca.domain.people.Uprn;

/**
 * Measures authorised on a case. While in force it is a restriction: it always carries a review date, and is
 * reviewed, varied, lifted, or overturned on appeal. Earlier states stay in the case's history.
 *
 * @param measures the measures that apply now (after any variation)
 * @param replaces the decision in force this one replaced (varied) when it was authorised, if it did
 * @param enteredInError who said the decision should never have been recorded, when and why (its status is then
 *                       {@link DecisionStatus#ENTERED_IN_ERROR})
 * @param amendments     its details (reasons, review date) as they were before each correction, oldest first
 * @param property       the property its visitor instruction is also held on (the resident's UPRN when it was
 *                       authorised), if it was authorised for the property; none for the person only
 * @param noticeWithheld notice of it deliberately withheld from the resident, because telling them would create a
 *                       risk, with every re-check; none if it never was (issue 15 §3)
 */
@Entity
public record Decision(@Identity DecisionId id, Seq<Measure> measures, Grounds grounds, String reasons,
        Safeguards safeguards, StaffMember authorisedBy, Instant authorisedAt, LocalDate reviewDate,
        DecisionStatus status, Option<ResidentInformed> residentInformed, Seq<Review> reviews,
        Option<DecisionId> replaces, Option<EnteredInError> enteredInError, Seq<Amendment<Details>> amendments,
        AsAuthorised asAuthorised, Option<Uprn> property, Option<NoticeWithheld> noticeWithheld) {

    /** A decision whose notice was never withheld. */
    public Decision(DecisionId id, Seq<Measure> measures, Grounds grounds, String reasons, Safeguards safeguards,
            StaffMember authorisedBy, Instant authorisedAt, LocalDate reviewDate, DecisionStatus status,
            Option<ResidentInformed> residentInformed, Seq<Review> reviews, Option<DecisionId> replaces,
            Option<EnteredInError> enteredInError, Seq<Amendment<Details>> amendments, AsAuthorised asAuthorised,
            Option<Uprn> property) {
        this(id, measures, grounds, reasons, safeguards, authorisedBy, authorisedAt, reviewDate, status,
                residentInformed, reviews, replaces, enteredInError, amendments, asAuthorised, property,
                Option.none());
    }

    /** A decision about the resident only. */
    public Decision(DecisionId id, Seq<Measure> measures, Grounds grounds, String reasons, Safeguards safeguards,
            StaffMember authorisedBy, Instant authorisedAt, LocalDate reviewDate, DecisionStatus status,
            Option<ResidentInformed> residentInformed, Seq<Review> reviews, Option<DecisionId> replaces,
            Option<EnteredInError> enteredInError, Seq<Amendment<Details>> amendments, AsAuthorised asAuthorised) {
        this(id, measures, grounds, reasons, safeguards, authorisedBy, authorisedAt, reviewDate, status,
                residentInformed, reviews, replaces, enteredInError, amendments, asAuthorised, Option.none());
    }

    /**
     * What the decision letter told the resident: the measures and review date as authorised (or as a correction of
     * the decision's details put them), whatever a review or an appeal has varied since.
     */
    public record AsAuthorised(Seq<Measure> measures, LocalDate reviewDate) {
        public AsAuthorised {
            Objects.requireNonNull(measures, "measures");
            Objects.requireNonNull(reviewDate, "reviewDate");
        }
    }

    /** A decision whose letter said what it says now (never varied). */
    public Decision(DecisionId id, Seq<Measure> measures, Grounds grounds, String reasons, Safeguards safeguards,
            StaffMember authorisedBy, Instant authorisedAt, LocalDate reviewDate, DecisionStatus status,
            Option<ResidentInformed> residentInformed, Seq<Review> reviews, Option<DecisionId> replaces,
            Option<EnteredInError> enteredInError, Seq<Amendment<Details>> amendments) {
        this(id, measures, grounds, reasons, safeguards, authorisedBy, authorisedAt, reviewDate, status,
                residentInformed, reviews, replaces, enteredInError, amendments, new AsAuthorised(measures,
                        reviewDate));
    }

    public Decision {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(measures, "measures");
        Objects.requireNonNull(grounds, "grounds");
        Objects.requireNonNull(reasons, "reasons");
        Objects.requireNonNull(safeguards, "safeguards");
        Objects.requireNonNull(authorisedBy, "authorisedBy");
        Objects.requireNonNull(authorisedAt, "authorisedAt");
        Objects.requireNonNull(reviewDate, "reviewDate");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(residentInformed, "residentInformed");
        Objects.requireNonNull(reviews, "reviews");
        Objects.requireNonNull(replaces, "replaces");
        Objects.requireNonNull(enteredInError, "enteredInError");
        Objects.requireNonNull(amendments, "amendments");
        Objects.requireNonNull(asAuthorised, "asAuthorised");
        Objects.requireNonNull(property, "property");
        Objects.requireNonNull(noticeWithheld, "noticeWithheld");
        if (enteredInError.isDefined() != (status == DecisionStatus.ENTERED_IN_ERROR)) {
            throw new IllegalArgumentException("a decision entered in error says who marked it, when and why");
        }
        if (measures.isEmpty()) {
            throw new IllegalArgumentException("a decision authorises at least one measure");
        }
    }

    /** A decision as authorised, never corrected. */
    public Decision(DecisionId id, Seq<Measure> measures, Grounds grounds, String reasons, Safeguards safeguards,
            StaffMember authorisedBy, Instant authorisedAt, LocalDate reviewDate, DecisionStatus status,
            Option<ResidentInformed> residentInformed, Seq<Review> reviews, Option<DecisionId> replaces,
            Option<EnteredInError> enteredInError) {
        this(id, measures, grounds, reasons, safeguards, authorisedBy, authorisedAt, reviewDate, status,
                residentInformed, reviews, replaces, enteredInError, List.empty());
    }

    /**
     * The details of a decision a correction may change: its reasons, its review date and how new complaints and
     * new issues will still be heard (kept with the {@link Safeguards}).
     */
    public record Details(String reasons, LocalDate reviewDate, Option<String> howComplaintsAreStillHeard) {
        public Details {
            Objects.requireNonNull(reasons, "reasons");
            Objects.requireNonNull(reviewDate, "reviewDate");
            Objects.requireNonNull(howComplaintsAreStillHeard, "howComplaintsAreStillHeard");
        }

        /** Details of a decision that says nothing of how complaints are still heard. */
        public Details(String reasons, LocalDate reviewDate) {
            this(reasons, reviewDate, Option.none());
        }
    }

    public Details details() {
        return new Details(reasons, reviewDate, safeguards.howComplaintsAreStillHeard());
    }

    /** A decision as authorised, not entered in error. */
    public Decision(DecisionId id, Seq<Measure> measures, Grounds grounds, String reasons, Safeguards safeguards,
            StaffMember authorisedBy, Instant authorisedAt, LocalDate reviewDate, DecisionStatus status,
            Option<ResidentInformed> residentInformed, Seq<Review> reviews, Option<DecisionId> replaces) {
        this(id, measures, grounds, reasons, safeguards, authorisedBy, authorisedAt, reviewDate, status,
                residentInformed, reviews, replaces, Option.none());
    }

    public boolean inForce() {
        return status == DecisionStatus.IN_FORCE;
    }

    public boolean immediate() {
        return grounds instanceof Grounds.ImmediateForSafety;
    }

    /** The level the measures now in force need; an appeal is reviewed one level up from it. */
    public AuthorityLevel requiredAuthority() {
        return Measure.requiredAuthorityFor(measures);
    }

    /**
     * Who reviews an appeal against this decision: one level up from the level its measures need, and never below
     * the level of whoever decided (a Director's decision on contact standards is reviewed by another Director).
     */
    public AuthorityLevel appealReviewLevel() {
        AuthorityLevel oneUp = requiredAuthority().oneLevelUp();
        return authorisedBy.authority().compareTo(oneUp) > 0 ? authorisedBy.authority() : oneUp;
    }

    public boolean reviewDueBy(LocalDate date) {
        return inForce() && !reviewDate.isAfter(date);
    }

    /** Told: notice withheld until now is no longer withheld. */
    Decision informed(ResidentInformed informed) {
        return new Decision(id, measures, grounds, reasons, safeguards, authorisedBy, authorisedAt, reviewDate, status,
                Option.some(informed), reviews, replaces, enteredInError, amendments, asAuthorised, property,
                noticeWithheld.map(n -> n.stands() ? n.endedBy(new NoticeWithheld.Ending(informed.informedBy(),
                        informed.informedAt(), NoticeWithheld.Because.RESIDENT_TOLD, "")) : n));
    }

    /** Whether notice of it is deliberately withheld from the resident now ({@link NoticeWithheld#stands}). */
    public boolean noticeIsWithheld() {
        return noticeWithheld.exists(NoticeWithheld::stands);
    }

    /**
     * Whether notice of it is withheld and so re-checked by an Assistant Director: the withholding stands, on a
     * decision not entered in error (which should never have been made).
     */
    public boolean noticeToRecheck() {
        return status != DecisionStatus.ENTERED_IN_ERROR && noticeIsWithheld();
    }

    /** Whether the resident is still to be told: not told, and notice not deliberately withheld. */
    public boolean residentToBeTold() {
        return residentInformed.isEmpty() && !noticeIsWithheld();
    }

    Decision withNoticeWithheld(NoticeWithheld withheld) {
        return new Decision(id, measures, grounds, reasons, safeguards, authorisedBy, authorisedAt, reviewDate, status,
                residentInformed, reviews, replaces, enteredInError, amendments, asAuthorised, property,
                Option.some(withheld));
    }

    Decision reviewed(Review review) {
        DecisionStatus after = review.outcome() == ReviewOutcome.LIFT ? DecisionStatus.LIFTED : status;
        return new Decision(id, review.measuresAfter(), grounds, reasons, safeguards, authorisedBy, authorisedAt,
                review.nextReviewDate().getOrElse(reviewDate), after, residentInformed, reviews.append(review), replaces,
                enteredInError, amendments, asAuthorised, property, noticeWithheld);
    }

    Decision withMeasures(Seq<Measure> varied) {
        return new Decision(id, varied, grounds, reasons, safeguards, authorisedBy, authorisedAt, reviewDate, status,
                residentInformed, reviews, replaces, enteredInError, amendments, asAuthorised, property, noticeWithheld);
    }

    Decision overturned() {
        return new Decision(id, measures, grounds, reasons, safeguards, authorisedBy, authorisedAt, reviewDate,
                DecisionStatus.OVERTURNED, residentInformed, reviews, replaces, enteredInError, amendments,
                asAuthorised, property, noticeWithheld);
    }

    /** Replaced by a later decision: its measures no longer apply. */
    Decision replaced() {
        return new Decision(id, measures, grounds, reasons, safeguards, authorisedBy, authorisedAt, reviewDate,
                DecisionStatus.REPLACED, residentInformed, reviews, replaces, enteredInError, amendments,
                asAuthorised, property, noticeWithheld);
    }

    /** Not reviewed in time ({@link LapseRule}): its measures no longer apply. */
    Decision lapsed() {
        return new Decision(id, measures, grounds, reasons, safeguards, authorisedBy, authorisedAt, reviewDate,
                DecisionStatus.LAPSED, residentInformed, reviews, replaces, enteredInError, amendments,
                asAuthorised, property, noticeWithheld);
    }

    /** Should never have been recorded: it leaves the guidance at once. */
    Decision markedEnteredInError(EnteredInError marked) {
        return new Decision(id, measures, grounds, reasons, safeguards, authorisedBy, authorisedAt, reviewDate,
                DecisionStatus.ENTERED_IN_ERROR, residentInformed, reviews, replaces, Option.some(marked),
                amendments, asAuthorised, property, noticeWithheld);
    }

    Decision amended(Details corrected, StaffId by, Instant at, String reason) {
        // before any review, the review date corrected is the one the decision letter gave
        return new Decision(id, measures, grounds, corrected.reasons(),
                safeguards.withHowComplaintsAreStillHeard(corrected.howComplaintsAreStillHeard()), authorisedBy,
                authorisedAt, corrected.reviewDate(), status, residentInformed, reviews, replaces, enteredInError,
                amendments.append(new Amendment<>(details(), by, at, reason)), reviews.isEmpty()
                        ? new AsAuthorised(asAuthorised.measures(), corrected.reviewDate()) : asAuthorised, property, noticeWithheld);
    }

    /**
     * The decision as it was before its correction {@code amendment} (0 is the first): the details that correction
     * superseded, and only the corrections made before it, so a superseded letter can be read again as sent.
     */
    public Decision asBefore(int amendment) {
        Amendment<Details> m = amendments.get(amendment);
        boolean beforeAnyReview = reviews.headOption().forAll(r -> m.at().isBefore(r.reviewedAt()));
        return new Decision(id, measures, grounds, m.superseded().reasons(),
                safeguards.withHowComplaintsAreStillHeard(m.superseded().howComplaintsAreStillHeard()), authorisedBy,
                authorisedAt, m.superseded().reviewDate(), status, residentInformed, reviews, replaces, enteredInError,
                amendments.take(amendment), beforeAnyReview
                        ? new AsAuthorised(asAuthorised.measures(), m.superseded().reviewDate()) : asAuthorised,
                property, noticeWithheld);
    }
}

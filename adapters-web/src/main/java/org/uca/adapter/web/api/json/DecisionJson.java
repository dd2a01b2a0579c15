package org.uca.adapter.web.api.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import org.uca.domain.cases.ActionId;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.Decision;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.cases.DecisionStatus;
import org.uca.domain.cases.Grounds;
import org.uca.domain.cases.InformedHow;
import org.uca.domain.cases.ReviewOutcome;
import org.uca.domain.cases.Safeguards;
import org.uca.adapter.web.input.MeasureInput;
import org.uca.domain.measures.LandlordService;
import org.uca.domain.measures.MeasureKind;
import org.uca.domain.people.AuthorityLevel;

/**
 * A decision: the measures authorised, on what grounds, by whom, its review date, and what happened since.
 *
 * @param replaces         the decision this one replaced (varied), if it did
 * @param heldOnProperty   the UPRN its instruction to visitors is held on, if it was authorised for the property: it
 *                         stays there when the resident moves
 * @param safeguards       what was recorded to make the decision fair, for those shown it (managers, the Service
 *                         Development Team, a subject access export); absent for others
 * @param enteredInError   who marked it as entered in error, when and why; absent if it was not
 * @param flaggedForReview in force, but resting only on actions (or a warning) entered in error: review it
 * @param amendments       each earlier version of its details, superseded by a correction, oldest first
 * @param noticeWithheld   notice of it withheld from the resident, because telling them would create a risk (issue
 *                         15 §3); null if it never was
 * @param howComplaintsAreStillHeard how new complaints and new issues will still be received and considered on
 *                         their merits (Complaint Handling Code; LGSCO); null when the decision says nothing of it
 */
public record DecisionJson(int number, DecisionStatus status, List<Measure> measures, GroundsJson grounds,
        String reasons, String authorisedBy, AuthorityLevel authorisedAtLevel, String authorisedAt, String reviewDate,
        Informed residentInformed, List<ReviewRecorded> reviews, Integer replaces, String heldOnProperty,
        @JsonInclude(JsonInclude.Include.NON_NULL) SafeguardsJson safeguards, CaseJson.EnteredInError enteredInError,
        boolean flaggedForReview, List<DetailsAmendment> amendments, NoticeWithheldJson noticeWithheld,
        String howComplaintsAreStillHeard) {

    /**
     * The latest sign-off withholding notice: whether it stands, why, until when, by whom; and, once ended, when and
     * why (RECHECKED, with its reasons, or RESIDENT_TOLD).
     *
     * @param signOffs how many times it was signed off (withheld, or kept at a re-check)
     */
    public record NoticeWithheldJson(boolean withheld, String risk, String recheckOn, String signedOffBy,
            String signedOffAt, int signOffs, String endedAt, String endedBecause, String endedReasons) {

        static NoticeWithheldJson from(org.uca.domain.cases.NoticeWithheld n) {
            var w = n.latest();
            return new NoticeWithheldJson(n.stands(), w.risk(), w.recheckOn().toString(), w.signedOffBy().id().value(),
                    CaseJson.text(w.at()), n.all().size(), n.ended().map(e -> CaseJson.text(e.at())).getOrNull(),
                    n.ended().map(e -> e.because().name()).getOrNull(), n.ended().map(e -> e.reasons()).getOrNull());
        }
    }

    /** A decision's details as they were before a correction. */
    public record Details(String reasons, String reviewDate, String howComplaintsAreStillHeard) {
    }

    /** A decision's earlier details, superseded by a correction: who corrected them, when, why, and what they said. */
    public record DetailsAmendment(String by, String at, String reason, Details superseded) {
    }

    public record SafeguardsJson(String equalityAndVulnerabilityNotes, List<String> teamsConsulted,
            List<String> teamsInformed, String whoInformsResident, LegalAdvice legalAdvice,
            String adjustmentConflictJustification) {
    }

    public record LegalAdvice(boolean needed, String notes) {
    }

    /**
     * @param scope    for a contact standard or service limit, whether it applies to all services or named ones
     *                 ("no blanket approach", LGSCO); null for tenancy action and informing the police
     * @param services the services it applies to (every one for all services); null when it has no scope
     */
    public record Measure(MeasureKind kind, String text, MeasureInput.ScopeType scope,
            List<LandlordService> services) {

        static Measure of(org.uca.domain.measures.Measure m) {
            return new Measure(m.kind(), m.inPlainEnglish(), ScopeJson.scope(m), ScopeJson.services(m));
        }
    }

    /** Why measures may be taken: after a warning the actions continued, or immediately for safety. */
    public sealed interface GroundsJson permits AfterWarning, ImmediateForSafety {
        String type();
    }

    /** @param type always {@code AFTER_WARNING} */
    public record AfterWarning(String type, int warning, List<Integer> furtherActions) implements GroundsJson {
    }

    /** @param type always {@code IMMEDIATE_FOR_SAFETY} */
    public record ImmediateForSafety(String type, List<Integer> actions, String justification)
            implements GroundsJson {
    }

    public record Informed(String at, String by, InformedHow how) {
    }

    public record ReviewRecorded(ReviewOutcome outcome, String reasons, String reviewedBy, String reviewedAt,
            String nextReviewDate) {
    }

    /** The case's decision, flagged for review if it rests only on records entered in error. */
    static DecisionJson from(Case c, Decision d, boolean withSafeguards) {
        GroundsJson grounds = d.grounds() instanceof Grounds.AfterWarning w
                ? new AfterWarning("AFTER_WARNING", w.warning().number(),
                        w.furtherActions().map(ActionId::number).toJavaList())
                : new ImmediateForSafety("IMMEDIATE_FOR_SAFETY", d.grounds().actions().map(ActionId::number)
                        .toJavaList(), ((Grounds.ImmediateForSafety) d.grounds()).justification());
        return new DecisionJson(d.id().number(), d.status(),
                d.measures().map(Measure::of).toJavaList(), grounds, d.reasons(),
                d.authorisedBy().id().value(), d.authorisedBy().authority(), CaseJson.text(d.authorisedAt()),
                d.reviewDate().toString(),
                d.residentInformed().map(i -> new Informed(CaseJson.text(i.informedAt()), i.informedBy().value(),
                        i.how())).getOrNull(),
                d.reviews().map(r -> new ReviewRecorded(r.outcome(), r.reasons(), r.reviewedBy().id().value(),
                        CaseJson.text(r.reviewedAt()), r.nextReviewDate().map(LocalDate::toString).getOrNull()))
                        .toJavaList(), d.replaces().map(DecisionId::number).getOrNull(),
                d.property().map(org.uca.domain.people.Uprn::value).getOrNull(),
                withSafeguards ? safeguards(d.safeguards()) : null, CaseJson.EnteredInError.from(d.enteredInError()),
                c.restsOnEntriesInError(d),
                CaseJson.amended(d.amendments(), DetailsAmendment::new, t -> new Details(t.reasons(),
                        t.reviewDate().toString(), t.howComplaintsAreStillHeard().getOrNull())),
                d.noticeWithheld().map(NoticeWithheldJson::from).getOrNull(),
                d.safeguards().howComplaintsAreStillHeard().getOrNull());
    }

    private static SafeguardsJson safeguards(Safeguards s) {
        return new SafeguardsJson(s.equalityAndVulnerabilityNotes(), s.teamsConsulted().toJavaList(),
                s.teamsInformed().toJavaList(), s.whoInformsResident().value(),
                s.legalAdvice().map(l -> new LegalAdvice(l.needed(), l.notes())).getOrNull(),
                s.adjustmentConflictJustification().getOrNull());
    }
}

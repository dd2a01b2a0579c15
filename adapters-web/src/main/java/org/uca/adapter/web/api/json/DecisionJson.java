package org.uca.adapter.web.api.json;

import java.time.LocalDate;
import java.util.List;
import org.uca.domain.cases.ActionId;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.Decision;
import org.uca.domain.cases.DecisionStatus;
import org.uca.domain.cases.Grounds;
import org.uca.domain.cases.InformedHow;
import org.uca.domain.cases.ReviewOutcome;
import org.uca.domain.measures.MeasureKind;
import org.uca.domain.people.AuthorityLevel;

/**
 * A decision: the measures authorised, on what grounds, by whom, its review date, and what happened since.
 *
 * @param enteredInError   who marked it as entered in error, when and why; absent if it was not
 * @param flaggedForReview in force, but resting only on actions (or a warning) entered in error: review it
 */
public record DecisionJson(int number, DecisionStatus status, List<Measure> measures, GroundsJson grounds,
        String reasons, String authorisedBy, AuthorityLevel authorisedAtLevel, String authorisedAt, String reviewDate,
        Informed residentInformed, List<ReviewRecorded> reviews, CaseJson.EnteredInError enteredInError,
        boolean flaggedForReview) {

    public record Measure(MeasureKind kind, String text) {
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
    static DecisionJson from(Case c, Decision d) {
        GroundsJson grounds = d.grounds() instanceof Grounds.AfterWarning w
                ? new AfterWarning("AFTER_WARNING", w.warning().number(),
                        w.furtherActions().map(ActionId::number).toJavaList())
                : new ImmediateForSafety("IMMEDIATE_FOR_SAFETY", d.grounds().actions().map(ActionId::number)
                        .toJavaList(), ((Grounds.ImmediateForSafety) d.grounds()).justification());
        return new DecisionJson(d.id().number(), d.status(),
                d.measures().map(m -> new Measure(m.kind(), m.inPlainEnglish())).toJavaList(), grounds, d.reasons(),
                d.authorisedBy().id().value(), d.authorisedBy().authority(), CaseJson.text(d.authorisedAt()),
                d.reviewDate().toString(),
                d.residentInformed().map(i -> new Informed(CaseJson.text(i.informedAt()), i.informedBy().value(),
                        i.how())).getOrNull(),
                d.reviews().map(r -> new ReviewRecorded(r.outcome(), r.reasons(), r.reviewedBy().id().value(),
                        CaseJson.text(r.reviewedAt()), r.nextReviewDate().map(LocalDate::toString).getOrNull()))
                        .toJavaList(), CaseJson.EnteredInError.from(d.enteredInError()), c.restsOnEntriesInError(d));
    }
}

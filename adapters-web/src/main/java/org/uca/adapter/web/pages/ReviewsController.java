package org.uca.adapter.web.pages;

import static org.uca.adapter.web.http.Outcomes.refusedIfInvalid;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.uca.adapter.web.http.PathParams;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.input.CommandInput;
import org.uca.adapter.web.input.FormParams;
import org.uca.adapter.web.pages.FormPages.FormSpec;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.application.port.in.LiftRestrictionUseCase;
import org.uca.application.port.in.ReviewRestrictionUseCase;
import org.uca.application.port.in.CaseVersion;
import org.uca.application.port.in.Task;
import org.uca.application.port.in.ViewCaseQuery.CaseView;
import org.uca.domain.cases.Decision;
import org.uca.domain.cases.ReviewOutcome;

/** Reviewing a restriction by its review date, and lifting one. */
public final class ReviewsController {

    private final FormPages forms;
    private final CommandInput input;
    private final CaseLookup cases;
    private final MeasureFields measureFields;
    private final FormDefaults defaults;
    private final ReviewRestrictionUseCase reviewRestriction;
    private final LiftRestrictionUseCase liftRestriction;

    ReviewsController(FormPages forms, CommandInput input, CaseLookup cases, MeasureFields measureFields,
            FormDefaults defaults, ReviewRestrictionUseCase reviewRestriction,
            LiftRestrictionUseCase liftRestriction) {
        this.forms = forms;
        this.input = input;
        this.cases = cases;
        this.measureFields = measureFields;
        this.defaults = defaults;
        this.reviewRestriction = reviewRestriction;
        this.liftRestriction = liftRestriction;
    }

    public void register(RouteTable routes) {
        forms.register(routes, "/cases/{case}/decisions/{decision}/review", review());
        forms.register(routes, "/cases/{case}/decisions/{decision}/lift", lift());
    }

    private FormSpec review() {
        return new FormSpec("Review a restriction", Task.REVIEW_RESTRICTION, (ctx, f) -> {
            CaseView v = cases.caseView(ctx);
            Decision d = CaseLookup.decision(ctx, v);
            f.radios("outcome", "What is the outcome of the review?", "", Choices.of(ReviewOutcome.values(),
                    ReviewOutcome::label), "");
            measureFields.add(f, "variedMeasures", measureFields.offeredTo(ctx),
                    "If varied: the measures that apply now");
            return f.textarea("reasons", "Reasons", "These go in the review letter", "")
                    .date("nextReviewDate", "Next review date", "Not needed when lifting",
                            defaults.today().plusMonths(6).toString())
                    .caseVersion(new CaseVersion(v.theCase().version()))
                    .view(v.resident().name(), "Review decision " + d.id(), "Measures now: " + d.measures()
                                    .map(m -> m.kind().label()).mkString(", ") + ".",
                            "/cases/" + v.theCase().id() + "/decisions/" + d.id() + "/review", "Record the review",
                            Addresses.caseHref(v.theCase().id()));
        }, ctx -> refusedIfInvalid(Form.seenAt(input.review(RequestSessions.me(ctx), PathParams.caseId(ctx),
                PathParams.decisionId(ctx), liftNeedsNoDate(new FormParams(ctx.formParamMap()))), ctx,
                Task.REVIEW_RESTRICTION))
                .flatMap(reviewRestriction::review)
                .map(letter -> new Done("Review recorded; the review letter is ready to print.",
                        Addresses.caseHref(PathParams.caseId(ctx)))));
    }

    /** The review form pre-fills a next review date; lifting needs none, so it is dropped then. */
    private static FormParams liftNeedsNoDate(FormParams input) {
        if (!ReviewOutcome.LIFT.name().equals(input.one("outcome"))) {
            return input;
        }
        Map<String, List<String>> values = new HashMap<>(input.raw());
        values.remove("nextReviewDate");
        return new FormParams(values);
    }

    private FormSpec lift() {
        return new FormSpec("Lift a restriction", Task.LIFT_RESTRICTION, (ctx, f) -> {
            CaseView v = cases.caseView(ctx);
            Decision d = CaseLookup.decision(ctx, v);
            return f.textarea("reasons", "Why is the restriction lifted?", "These go in the review letter", "")
                    .caseVersion(new CaseVersion(v.theCase().version()))
                    .view(v.resident().name(), "Lift decision " + d.id(), null,
                            "/cases/" + v.theCase().id() + "/decisions/" + d.id() + "/lift", "Lift the restriction",
                            Addresses.caseHref(v.theCase().id()));
        }, ctx -> refusedIfInvalid(Form.seenAt(input.lift(RequestSessions.me(ctx), PathParams.caseId(ctx),
                PathParams.decisionId(ctx), new FormParams(ctx.formParamMap())), ctx, Task.LIFT_RESTRICTION))
                .flatMap(liftRestriction::lift)
                .map(letter -> new Done("Restriction lifted; the review letter is ready to print.",
                        Addresses.caseHref(PathParams.caseId(ctx)))));
    }
}

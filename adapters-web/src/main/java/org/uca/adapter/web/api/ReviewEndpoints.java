package org.uca.adapter.web.api;

import static org.uca.adapter.web.http.Outcomes.orFail;
import static org.uca.adapter.web.http.Outcomes.refusedIfInvalid;

import org.uca.adapter.web.api.json.Results;
import org.uca.adapter.web.http.PathParams;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.input.CommandInput;
import org.uca.adapter.web.security.AccessPreCheck;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.application.port.in.LiftRestrictionUseCase;
import org.uca.application.port.in.ReviewRestrictionUseCase;
import org.uca.application.port.in.Task;

/** Reviewing a restriction, and lifting one. */
final class ReviewEndpoints {

    private final JsonExchange json;
    private final AccessPreCheck preCheck;
    private final CommandInput input;
    private final ReviewRestrictionUseCase reviewRestriction;
    private final LiftRestrictionUseCase liftRestriction;

    ReviewEndpoints(JsonExchange json, AccessPreCheck preCheck, CommandInput input,
            ReviewRestrictionUseCase reviewRestriction, LiftRestrictionUseCase liftRestriction) {
        this.json = json;
        this.preCheck = preCheck;
        this.input = input;
        this.reviewRestriction = reviewRestriction;
        this.liftRestriction = liftRestriction;
    }

    void register(RouteTable routes) {
        routes.post("/api/cases/{case}/decisions/{decision}/reviews", Results.LetterIssued.class, ctx -> {
            preCheck.require(ctx, Task.REVIEW_RESTRICTION);
            json.write(ctx, 200, Results.LetterIssued.from(orFail(refusedIfInvalid(input.review(
                    RequestSessions.me(ctx), PathParams.caseId(ctx), PathParams.decisionId(ctx), json.body(ctx)))
                    .flatMap(reviewRestriction::review))));
        });
        routes.post("/api/cases/{case}/decisions/{decision}/lift", Results.LetterIssued.class, ctx -> {
            preCheck.require(ctx, Task.LIFT_RESTRICTION);
            json.write(ctx, 200, Results.LetterIssued.from(orFail(refusedIfInvalid(input.lift(
                    RequestSessions.me(ctx), PathParams.caseId(ctx), PathParams.decisionId(ctx), json.body(ctx)))
                    .flatMap(liftRestriction::lift))));
        });
    }
}

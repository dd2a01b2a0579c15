package org.uca.adapter.web.api;

import static org.uca.adapter.web.http.Outcomes.orFail;

import org.uca.adapter.web.api.json.Results;
import org.uca.adapter.web.http.CasePreconditions;
import org.uca.adapter.web.http.PathParams;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.input.CommandInput;
import org.uca.adapter.web.security.RoleBeforeInput;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.application.port.in.LiftRestrictionUseCase;
import org.uca.application.port.in.ReviewRestrictionUseCase;
import org.uca.application.port.in.Task;

/** Reviewing a restriction, and lifting one. */
final class ReviewEndpoints {

    private final JsonExchange json;
    private final RoleBeforeInput roleFirst;
    private final CommandInput input;
    private final ReviewRestrictionUseCase reviewRestriction;
    private final LiftRestrictionUseCase liftRestriction;

    ReviewEndpoints(JsonExchange json, RoleBeforeInput roleFirst, CommandInput input,
            ReviewRestrictionUseCase reviewRestriction, LiftRestrictionUseCase liftRestriction) {
        this.json = json;
        this.roleFirst = roleFirst;
        this.input = input;
        this.reviewRestriction = reviewRestriction;
        this.liftRestriction = liftRestriction;
    }

    void register(RouteTable routes) {
        routes.post(roleFirst.attempt("/api/cases/{case}/decisions/{decision}/reviews",
                Task.REVIEW_RESTRICTION), Results.LetterIssued.class, ctx -> {
            json.write(ctx, 200, Results.LetterIssued.from(orFail(roleFirst.parsed(ctx, Task.REVIEW_RESTRICTION,
                    input.review(RequestSessions.me(ctx), PathParams.caseId(ctx),
                            PathParams.decisionId(ctx), json.body(ctx)),
                    CasePreconditions::ifMatch)
                    .flatMap(reviewRestriction::review))));
        });
        routes.post(roleFirst.attempt("/api/cases/{case}/decisions/{decision}/lift",
                Task.LIFT_RESTRICTION), Results.LetterIssued.class, ctx -> {
            json.write(ctx, 200, Results.LetterIssued.from(orFail(roleFirst.parsed(ctx, Task.LIFT_RESTRICTION,
                    input.lift(RequestSessions.me(ctx), PathParams.caseId(ctx),
                            PathParams.decisionId(ctx), json.body(ctx)),
                    CasePreconditions::ifMatch)
                    .flatMap(liftRestriction::lift))));
        });
    }
}

package org.uca.adapter.web.api;

import static org.uca.adapter.web.http.Outcomes.orFail;

import org.uca.adapter.web.api.json.Results;
import org.uca.adapter.web.http.CasePreconditions;
import org.uca.adapter.web.http.PathParams;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.input.CommandInput;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.adapter.web.security.RoleBeforeInput;
import org.uca.application.port.in.MarkEnteredInErrorUseCase;
import org.uca.application.port.in.Task;
import org.uca.domain.cases.EnteredInError;

/** Marking an action, warning or decision as entered in error: one route per kind, the same command. */
final class EnteredInErrorEndpoints {

    private final JsonExchange json;
    private final RoleBeforeInput roleFirst;
    private final CommandInput input;
    private final MarkEnteredInErrorUseCase markEnteredInError;

    EnteredInErrorEndpoints(JsonExchange json, RoleBeforeInput roleFirst, CommandInput input,
            MarkEnteredInErrorUseCase markEnteredInError) {
        this.json = json;
        this.roleFirst = roleFirst;
        this.input = input;
        this.markEnteredInError = markEnteredInError;
    }

    void register(RouteTable routes) {
        for (EnteredInError.Part part : EnteredInError.Part.values()) {
            routes.post(roleFirst.attempt("/api/cases/{case}/" + part.word() + "s/{number}/entered-in-error",
                    Task.MARK_ENTERED_IN_ERROR), Results.MarkedEnteredInError.class, ctx -> {
                int number = PathParams.number(ctx, "number");
                json.write(ctx, 200, Results.MarkedEnteredInError.from(part, number, orFail(roleFirst.parsed(ctx,
                        Task.MARK_ENTERED_IN_ERROR, input.markEnteredInError(RequestSessions.me(ctx),
                                PathParams.caseId(ctx), part, number, json.body(ctx)),
                        CasePreconditions::ifMatch)
                        .flatMap(markEnteredInError::markEnteredInError))));
            });
        }
    }
}

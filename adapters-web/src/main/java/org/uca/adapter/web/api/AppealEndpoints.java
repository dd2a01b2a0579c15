package org.uca.adapter.web.api;

import static org.uca.adapter.web.http.Outcomes.orFail;

import org.uca.adapter.web.api.json.Results;
import org.uca.adapter.web.http.CasePreconditions;
import org.uca.adapter.web.http.PathParams;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.input.CommandInput;
import org.uca.adapter.web.security.RoleBeforeInput;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.application.port.in.DecideAppealUseCase;
import org.uca.application.port.in.LodgeAppealUseCase;
import org.uca.application.port.in.Task;

/** Appeals: lodging one against a decision, and deciding it one level up. */
final class AppealEndpoints {

    private final JsonExchange json;
    private final RoleBeforeInput roleFirst;
    private final CommandInput input;
    private final LodgeAppealUseCase lodgeAppeal;
    private final DecideAppealUseCase decideAppeal;

    AppealEndpoints(JsonExchange json, RoleBeforeInput roleFirst, CommandInput input, LodgeAppealUseCase lodgeAppeal,
            DecideAppealUseCase decideAppeal) {
        this.json = json;
        this.roleFirst = roleFirst;
        this.input = input;
        this.lodgeAppeal = lodgeAppeal;
        this.decideAppeal = decideAppeal;
    }

    void register(RouteTable routes) {
        routes.post(roleFirst.attempt("/api/cases/{case}/decisions/{decision}/appeals",
                Task.LODGE_APPEAL), Results.AppealLodged.class, ctx -> {
            json.write(ctx, 201, Results.AppealLodged.from(orFail(roleFirst.parsed(ctx, Task.LODGE_APPEAL,
                    input.lodgeAppeal(RequestSessions.me(ctx), PathParams.caseId(ctx),
                            PathParams.decisionId(ctx), json.body(ctx)),
                    CasePreconditions::ifMatch)
                    .flatMap(lodgeAppeal::lodgeAppeal))));
        });
        routes.post(roleFirst.attempt("/api/cases/{case}/appeals/{appeal}/decision",
                Task.DECIDE_APPEAL), Results.LetterIssued.class, ctx -> {
            json.write(ctx, 200, Results.LetterIssued.from(orFail(roleFirst.parsed(ctx, Task.DECIDE_APPEAL,
                    input.decideAppeal(RequestSessions.me(ctx), PathParams.caseId(ctx),
                            PathParams.appealId(ctx), json.body(ctx)),
                    CasePreconditions::ifMatch)
                    .flatMap(decideAppeal::decideAppeal))));
        });
    }
}

package org.uca.adapter.web.api;

import static org.uca.adapter.web.http.Outcomes.orFail;

import org.uca.adapter.web.api.json.FiledCorrespondenceJson;
import org.uca.adapter.web.http.CasePreconditions;
import org.uca.adapter.web.http.PathParams;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.input.CommandInput;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.adapter.web.security.RoleBeforeInput;
import org.uca.application.port.in.FiledCorrespondenceUseCase;
import org.uca.application.port.in.Task;

/** Correspondence filed without a reply: logging it, and screening it. */
final class FiledCorrespondenceEndpoints {

    private final JsonExchange json;
    private final RoleBeforeInput roleFirst;
    private final CommandInput input;
    private final FiledCorrespondenceUseCase filed;

    FiledCorrespondenceEndpoints(JsonExchange json, RoleBeforeInput roleFirst, CommandInput input,
            FiledCorrespondenceUseCase filed) {
        this.json = json;
        this.roleFirst = roleFirst;
        this.input = input;
        this.filed = filed;
    }

    void register(RouteTable routes) {
        routes.post(roleFirst.attempt("/api/cases/{case}/correspondence", Task.LOG_FILED_CORRESPONDENCE),
                FiledCorrespondenceJson.class, ctx -> json.write(ctx, 201, FiledCorrespondenceJson.from(orFail(
                        roleFirst.parsed(ctx, Task.LOG_FILED_CORRESPONDENCE, input.logCorrespondence(
                                RequestSessions.me(ctx), PathParams.caseId(ctx), json.body(ctx)),
                                CasePreconditions::ifMatch)
                        .flatMap(filed::log)))));
        routes.post(roleFirst.attempt("/api/cases/{case}/correspondence/{correspondence}/screening",
                Task.SCREEN_FILED_CORRESPONDENCE), FiledCorrespondenceJson.class, ctx -> json.write(ctx, 200,
                FiledCorrespondenceJson.from(orFail(roleFirst.parsed(ctx, Task.SCREEN_FILED_CORRESPONDENCE,
                        input.screenCorrespondence(RequestSessions.me(ctx), PathParams.caseId(ctx),
                                PathParams.number(ctx, "correspondence"), json.body(ctx)),
                        CasePreconditions::ifMatch)
                        .flatMap(filed::screen)))));
    }
}

package org.uca.adapter.web.api;

import static org.uca.adapter.web.http.Outcomes.orFail;

import io.javalin.http.Context;
import io.vavr.collection.List;
import io.vavr.control.Either;
import org.uca.adapter.web.api.json.WorkPropertiesJson;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.input.Params;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.adapter.web.security.RoleBeforeInput;
import org.uca.application.port.in.Task;
import org.uca.application.port.in.WorkPropertiesUseCase;
import org.uca.application.port.in.WorkPropertiesUseCase.GivenProperties;
import org.uca.domain.people.StaffId;
import org.uca.domain.shared.Refusal;

/**
 * The properties of a contractor's work, for administrators: read and replaced whole ({@code PUT}), for a
 * contractor's account and for a safe-visit machine credential.
 */
final class WorkPropertiesEndpoints {

    private final JsonExchange json;
    private final RoleBeforeInput roleFirst;
    private final WorkPropertiesUseCase work;

    WorkPropertiesEndpoints(JsonExchange json, RoleBeforeInput roleFirst, WorkPropertiesUseCase work) {
        this.json = json;
        this.roleFirst = roleFirst;
        this.work = work;
    }

    void register(RouteTable routes) {
        routes.get("/api/admin/staff/{staff}/properties", WorkPropertiesJson.class, ctx -> json.write(ctx, 200,
                WorkPropertiesJson.from(orFail(work.propertiesOfContractorAccount(RequestSessions.me(ctx),
                        new StaffId(ctx.pathParam("staff")))))));
        routes.put("/api/admin/staff/{staff}/properties", WorkPropertiesJson.class, ctx -> json.write(ctx, 200,
                WorkPropertiesJson.from(orFail(roleFirst.parsed(ctx, Task.MANAGE_STAFF, given(ctx))
                        .flatMap(given -> work.setPropertiesOfContractorAccount(RequestSessions.me(ctx),
                                new StaffId(ctx.pathParam("staff")), given))))));
        routes.get("/api/admin/machine-credentials/{id}/properties", WorkPropertiesJson.class, ctx -> json.write(ctx,
                200, WorkPropertiesJson.from(orFail(work.propertiesOfContractorSystem(RequestSessions.me(ctx),
                        ctx.pathParam("id"))))));
        routes.put("/api/admin/machine-credentials/{id}/properties", WorkPropertiesJson.class, ctx -> json.write(ctx,
                200, WorkPropertiesJson.from(orFail(roleFirst.parsed(ctx, Task.MANAGE_MACHINE_CREDENTIALS,
                        given(ctx)).flatMap(given -> work.setPropertiesOfContractorSystem(RequestSessions.me(ctx),
                                ctx.pathParam("id"), given))))));
    }

    /** {@code {"limited": true, "uprns": [...]}}: {@code limited} must be said, the list may be left out. */
    private Either<Refusal, GivenProperties> given(Context ctx) {
        Params body = json.body(ctx);
        String limited = body.one("limited");
        if (!limited.equals("true") && !limited.equals("false")) {
            return Either.left(Refusal.of("limited", "Say whether the work is limited: true (to the uprns given,"
                    + " which may be none) or false (every property)."));
        }
        return Either.right(GivenProperties.listed(limited.equals("true"), List.ofAll(body.all("uprns"))));
    }
}

package org.uca.adapter.web.api;

import static org.uca.adapter.web.http.Outcomes.orFail;

import io.vavr.control.Either;
import org.uca.adapter.web.api.json.MachineCredentialJson;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.adapter.web.security.RoleBeforeInput;
import org.uca.application.port.in.ManageMachineCredentialsUseCase;
import org.uca.application.port.in.Task;
import org.uca.application.port.out.MachineCredentials.Scope;

/** Machine client credentials, for administrators: created (the secret answered once), listed and revoked. */
final class MachineCredentialEndpoints {

    private final JsonExchange json;
    private final RoleBeforeInput roleFirst;
    private final ManageMachineCredentialsUseCase credentials;

    MachineCredentialEndpoints(JsonExchange json, RoleBeforeInput roleFirst,
            ManageMachineCredentialsUseCase credentials) {
        this.json = json;
        this.roleFirst = roleFirst;
        this.credentials = credentials;
    }

    /** The credential's scope: the resident sync unless given ({@code RESIDENT_SYNC} or {@code SAFE_VISIT}). */
    private static Either<org.uca.domain.shared.Refusal, Scope> scope(String given) {
        if (given == null || given.isBlank()) {
            return Either.right(Scope.RESIDENT_SYNC);
        }
        for (Scope scope : Scope.values()) {
            if (scope.name().equals(given.strip())) {
                return Either.right(scope);
            }
        }
        return Either.left(org.uca.domain.shared.Refusal.of("scope", "is not a scope: give RESIDENT_SYNC (the"
                + " housing system's sync) or SAFE_VISIT (a contractor's safe-visit look-ups)."));
    }

    void register(RouteTable routes) {
        routes.getList("/api/admin/machine-credentials", MachineCredentialJson.class, ctx -> json.write(ctx, 200,
                orFail(credentials.machineCredentials(RequestSessions.me(ctx))).map(MachineCredentialJson::from)
                        .toJavaList()));
        routes.post("/api/admin/machine-credentials", MachineCredentialJson.Created.class, ctx -> {
            org.uca.adapter.web.input.Params body = json.body(ctx);
            json.write(ctx, 201, MachineCredentialJson.Created.from(orFail(roleFirst.parsed(ctx,
                    Task.MANAGE_MACHINE_CREDENTIALS, scope(body.one("scope")))
                    .flatMap(scope -> credentials.createMachineCredential(RequestSessions.me(ctx), body.one("name"),
                            scope)))));
        });
        routes.post("/api/admin/machine-credentials/{id}/revoke", MachineCredentialJson.class, ctx -> json.write(ctx,
                200, MachineCredentialJson.from(orFail(credentials.revokeMachineCredential(RequestSessions.me(ctx),
                        ctx.pathParam("id"))))));
    }
}

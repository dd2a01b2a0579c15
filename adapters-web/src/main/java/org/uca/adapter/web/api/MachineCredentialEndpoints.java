package org.uca.adapter.web.api;

import static org.uca.adapter.web.http.Outcomes.orFail;

import io.vavr.control.Either;
import org.uca.adapter.web.api.json.MachineCredentialJson;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.adapter.web.security.RoleBeforeInput;
import org.uca.application.port.in.ManageMachineCredentialsUseCase;
import org.uca.application.port.in.Task;

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

    void register(RouteTable routes) {
        routes.getList("/api/admin/machine-credentials", MachineCredentialJson.class, ctx -> json.write(ctx, 200,
                orFail(credentials.machineCredentials(RequestSessions.me(ctx))).map(MachineCredentialJson::from)
                        .toJavaList()));
        routes.post("/api/admin/machine-credentials", MachineCredentialJson.Created.class, ctx -> json.write(ctx, 201,
                MachineCredentialJson.Created.from(orFail(roleFirst.parsed(ctx, Task.MANAGE_MACHINE_CREDENTIALS,
                        Either.right(json.body(ctx).one("name")))
                        .flatMap(name -> credentials.createMachineCredential(RequestSessions.me(ctx), name))))));
        routes.post("/api/admin/machine-credentials/{id}/revoke", MachineCredentialJson.class, ctx -> json.write(ctx,
                200, MachineCredentialJson.from(orFail(credentials.revokeMachineCredential(RequestSessions.me(ctx),
                        ctx.pathParam("id"))))));
    }
}

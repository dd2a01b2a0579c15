package org.uca.adapter.web.security;

import io.javalin.http.Context;
import java.util.regex.Pattern;
import org.uca.adapter.web.http.HttpProblem;
import org.uca.application.port.in.SyncResidentsUseCase;
import org.uca.application.port.in.SyncResidentsUseCase.MachineClient;

/**
 * Machine client credentials at the door: told from a staff token by their prefix, accepted on the resident sync
 * routes only, where no staff token is; the credential a request came with is kept on it.
 */
public final class MachineClients {

    static final String CLIENT = "uca.machine-client";

    private static final Pattern ONE_RESIDENT = Pattern.compile("/api/residents/[^/]+");

    private MachineClients() {
    }

    static boolean isMachineSecret(String bearer) {
        return bearer.startsWith(SyncResidentsUseCase.SECRET_PREFIX);
    }

    /** {@code PUT /api/residents/{reference}} and {@code POST /api/residents/batch}: the sync's routes. */
    public static boolean isSyncRoute(Context ctx) {
        String method = ctx.method().name();
        String path = ctx.path();
        return method.equals("PUT") && ONE_RESIDENT.matcher(path).matches()
                || method.equals("POST") && path.equals("/api/residents/batch");
    }

    static void attach(Context ctx, MachineClient client) {
        ctx.attribute(CLIENT, client);
    }

    /** The machine credential the request came with; a 401 without one. */
    public static MachineClient of(Context ctx) {
        MachineClient client = ctx.attribute(CLIENT);
        if (client == null) {
            throw new HttpProblem(401, "Send a machine credential", "Send a machine credential as the bearer token.");
        }
        return client;
    }
}

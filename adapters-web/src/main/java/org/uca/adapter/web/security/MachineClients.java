package org.uca.adapter.web.security;

import io.javalin.http.Context;
import java.util.regex.Pattern;
import org.uca.adapter.web.http.HttpProblem;
import org.uca.application.port.in.SyncResidentsUseCase;
import org.uca.application.port.in.SyncResidentsUseCase.MachineClient;
import org.uca.application.port.out.MachineCredentials.Scope;

/**
 * Machine client credentials at the door: told from a staff token by their prefix, accepted on their scope's routes
 * only (the resident sync's, where no staff token is, or the safe-visit look-up); the credential a request came with
 * is kept on it.
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

    /**
     * {@code GET /api/visits} and {@code GET /api/visits/properties}: the safe-visit look-up and finding its property
     * by address, a contractor's system's only routes.
     */
    public static boolean isSafeVisitRoute(Context ctx) {
        return ctx.method().name().equals("GET")
                && (ctx.path().equals("/api/visits") || ctx.path().equals("/api/visits/properties"));
    }

    /** Whether the route is the one the credential's scope may use. */
    static boolean isRouteOf(MachineClient client, Context ctx) {
        return client.scope() == Scope.SAFE_VISIT ? isSafeVisitRoute(ctx) : isSyncRoute(ctx);
    }

    /** The credential the request came with, if it came with one. */
    public static java.util.Optional<MachineClient> ifAny(Context ctx) {
        return java.util.Optional.ofNullable(ctx.attribute(CLIENT));
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

package org.uca.adapter.web.api;

import io.javalin.http.Context;
import org.uca.adapter.web.api.json.SessionsEndedJson;
import org.uca.adapter.web.api.json.TokenJson;
import org.uca.adapter.web.http.HttpProblem;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.input.Params;
import org.uca.adapter.web.security.Authentication;
import org.uca.adapter.web.security.ClientAddress;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.adapter.web.security.Session;
import org.uca.adapter.web.security.Sessions;

/**
 * {@code POST /api/tokens}: a bearer token for a username and password (rate limited and audited like sign-in);
 * {@code DELETE /api/tokens/current} ends the token (or browser session) the request came with;
 * {@code DELETE /api/sessions/others} ends every other session and token of the one signed in.
 */
final class TokenEndpoint {

    private final JsonExchange json;
    private final Authentication authentication;
    private final Sessions sessions;

    TokenEndpoint(JsonExchange json, Authentication authentication, Sessions sessions) {
        this.json = json;
        this.authentication = authentication;
        this.sessions = sessions;
    }

    void register(RouteTable routes) {
        routes.post("/api/tokens", TokenJson.class, this::token);
        routes.delete("/api/tokens/current", SessionsEndedJson.class, ctx -> {
            RequestSessions.user(ctx);
            sessions.end(RequestSessions.session(ctx));
            json.write(ctx, 200, new SessionsEndedJson(1));
        });
        routes.delete("/api/sessions/others", SessionsEndedJson.class, ctx -> {
            RequestSessions.user(ctx);
            json.write(ctx, 200, new SessionsEndedJson(sessions.endOthers(RequestSessions.session(ctx))));
        });
    }

    private void token(Context ctx) {
        Params p = json.body(ctx);
        Authentication.Outcome outcome = authentication.authenticate(p.one("username"), p.one("password"),
                ClientAddress.of(ctx));
        if (!outcome.signedIn()) {
            if (outcome.status() == 401) {
                ctx.header("WWW-Authenticate", "Bearer");
            }
            if (outcome.status() == 429) {
                ctx.header("Retry-After", String.valueOf(outcome.retryAfterSeconds()));
            }
            String title = outcome.status() == 429 ? "Too many attempts"
                    : outcome.status() == 403 ? "Passwords are switched off" : "Not signed in";
            throw new HttpProblem(outcome.status(), title, outcome.error());
        }
        Session session = outcome.session();
        json.write(ctx, 201, TokenJson.bearer(sessions.signedValue(session), sessions.expiresAt(session).toString()));
    }
}

package org.uca.adapter.web.api;

import io.javalin.http.Context;
import org.uca.adapter.web.api.json.TokenJson;
import org.uca.adapter.web.http.HttpProblem;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.input.Params;
import org.uca.adapter.web.security.Authentication;
import org.uca.adapter.web.security.Sessions;

/** {@code POST /api/tokens}: a bearer token for a username and password (rate limited and audited like sign-in). */
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
    }

    private void token(Context ctx) {
        Params p = json.body(ctx);
        Authentication.Outcome outcome = authentication.authenticate(p.one("username"), p.one("password"), ctx.ip());
        if (!outcome.signedIn()) {
            if (outcome.status() == 401) {
                ctx.header("WWW-Authenticate", "Bearer");
            }
            String title = outcome.status() == 429 ? "Too many attempts"
                    : outcome.status() == 403 ? "Passwords are switched off" : "Not signed in";
            throw new HttpProblem(outcome.status(), title, outcome.error());
        }
        json.write(ctx, 201, TokenJson.bearer(sessions.signedValue(outcome.session()),
                sessions.expiresAt(outcome.session()).toString()));
    }
}

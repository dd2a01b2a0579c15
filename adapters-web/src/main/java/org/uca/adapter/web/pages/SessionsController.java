package org.uca.adapter.web.pages;

import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.adapter.web.security.Sessions;

/** Signing out everywhere else: ends the signed-in user's other sessions and API tokens, keeping this one. */
final class SessionsController {

    private final PageWriter pages;
    private final Sessions sessions;

    SessionsController(PageWriter pages, Sessions sessions) {
        this.pages = pages;
        this.sessions = sessions;
    }

    void register(RouteTable routes) {
        routes.post("/sign-out-elsewhere", ctx -> {
            RequestSessions.user(ctx);
            int ended = sessions.endOthers(RequestSessions.session(ctx));
            pages.done(ctx, ended == 0 ? "You were not signed in anywhere else."
                    : "Signed out of " + ended + (ended == 1 ? " other session or token." : " other sessions and tokens."),
                    "/");
        });
    }
}

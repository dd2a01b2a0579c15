package org.uca.adapter.web.security;

import io.javalin.http.Context;

/** The browser's session cookie: HttpOnly, SameSite=Lax, and Secure behind HTTPS. */
public final class SessionCookie {

    public static final String NAME = "uca_session";

    private final Sessions sessions;
    private final boolean alwaysSecure;

    /** @param alwaysSecure mark cookies Secure even when the request did not say it came over HTTPS */
    public SessionCookie(Sessions sessions, boolean alwaysSecure) {
        this.sessions = sessions;
        this.alwaysSecure = alwaysSecure;
    }

    /** Whether the request came over HTTPS (or the settings say it always does). */
    public boolean secure(Context ctx) {
        return alwaysSecure || ClientAddress.https(ctx); // X-Forwarded-Proto only from a trusted proxy
    }

    public void set(Context ctx, Session session) {
        ctx.res().addHeader("Set-Cookie", NAME + "=" + sessions.signedValue(session)
                + "; Path=/; HttpOnly; SameSite=Lax" + (secure(ctx) ? "; Secure" : ""));
    }

    public void clear(Context ctx) {
        ctx.res().addHeader("Set-Cookie", NAME + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax"
                + (alwaysSecure ? "; Secure" : ""));
    }

    /** A fresh anonymous session for the sign-in page (so its form has a CSRF token), unless one is live. */
    public Session anonymousSession(Context ctx) {
        Session session = RequestSessions.session(ctx);
        if (session == null || session.signedIn()) {
            session = sessions.start(null);
            set(ctx, session);
            RequestSessions.attach(ctx, session);
        }
        return session;
    }

    /** Signs the browser in on a new session, ending the one it had. */
    public void switchTo(Context ctx, Session signedIn) {
        Session old = RequestSessions.session(ctx);
        if (old != null) {
            sessions.end(old);
        }
        set(ctx, signedIn);
    }

    /** Signs the browser out. */
    public void end(Context ctx) {
        Session session = RequestSessions.session(ctx);
        if (session != null) {
            sessions.end(session);
        }
        clear(ctx);
    }
}

package org.uca.adapter.web.security;

import io.javalin.http.Context;

/**
 * The browser's session cookie: HttpOnly, SameSite=Lax, and behind HTTPS Secure with the {@code __Host-} prefix
 * (so no sibling site can set or scope it: Secure, Path=/, no Domain); the plain name over HTTP, for local use.
 */
public final class SessionCookie {

    public static final String NAME = "uca_session";
    public static final String SECURE_NAME = "__Host-" + NAME;

    private final Sessions sessions;
    private final boolean alwaysSecure;

    /** @param alwaysSecure mark cookies Secure even when the request did not say it came over HTTPS */
    public SessionCookie(Sessions sessions, boolean alwaysSecure) {
        this.sessions = sessions;
        this.alwaysSecure = alwaysSecure;
    }

    /** Whether the request came over HTTPS (or the settings say it always does). */
    public boolean secure(Context ctx) {
        return alwaysSecure || "https".equalsIgnoreCase(ctx.scheme())
                || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }

    /** The cookie's name on this request: {@code __Host-uca_session} over HTTPS, {@code uca_session} otherwise. */
    public String name(Context ctx) {
        return secure(ctx) ? SECURE_NAME : NAME;
    }

    /** The signed session value the browser sent, under the name its connection calls for. */
    public String value(Context ctx) {
        return ctx.cookie(name(ctx));
    }

    public void set(Context ctx, Session session) {
        ctx.res().addHeader("Set-Cookie", name(ctx) + "=" + sessions.signedValue(session)
                + "; Path=/; HttpOnly; SameSite=Lax" + (secure(ctx) ? "; Secure" : ""));
    }

    public void clear(Context ctx) {
        ctx.res().addHeader("Set-Cookie", name(ctx) + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax"
                + (secure(ctx) ? "; Secure" : ""));
    }

    /**
     * The session for the sign-in page's form (its CSRF token): the browser's own if it has a live one — so that a
     * signed-in user who signs in again ends that session ({@link #switchTo}) rather than leaving it behind — else a
     * new anonymous one, for which nothing is stored: its signed cookie is all there is.
     */
    public Session anonymousSession(Context ctx) {
        Session session = RequestSessions.session(ctx);
        if (session == null) {
            session = sessions.start(null);
            set(ctx, session);
            RequestSessions.attach(ctx, session);
        }
        return session;
    }

    /** Signs the browser in on a new session, ending the one it had (a signed-in session is never reused). */
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

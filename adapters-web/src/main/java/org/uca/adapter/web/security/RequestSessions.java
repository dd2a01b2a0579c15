package org.uca.adapter.web.security;

import io.javalin.http.Context;
import org.uca.adapter.web.http.HttpProblem;
import org.uca.domain.people.StaffId;

/** The session a request arrived with (put there by {@link Admission}), and who is signed in on it. */
public final class RequestSessions {

    static final String SESSION = "uca.session";

    private RequestSessions() {
    }

    /** The request's session, or null before sign-in's first page. */
    public static Session session(Context ctx) {
        return ctx.attribute(SESSION);
    }

    static void attach(Context ctx, Session session) {
        ctx.attribute(SESSION, session);
    }

    /** The member of staff signed in; a 401 when nobody is. */
    public static Session.SignedIn user(Context ctx) {
        Session session = session(ctx);
        if (session == null || !session.signedIn()) {
            throw new HttpProblem(401, "Sign in first", "Sign in to use UCA.");
        }
        return session.user();
    }

    /** Who is acting: the signed-in member of staff, as every use case's command names them. */
    public static StaffId me(Context ctx) {
        return user(ctx).staff();
    }
}

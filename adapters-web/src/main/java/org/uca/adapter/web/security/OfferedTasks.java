package org.uca.adapter.web.security;

import io.javalin.http.Context;
import org.uca.adapter.web.http.HttpProblem;
import org.uca.application.port.in.AccessPolicy;
import org.uca.application.port.in.Task;

/**
 * What to offer the signed-in user (navigation, buttons, a form page), from the application's access policy. It
 * decides only what is shown: the application itself refuses a task the role may not do.
 */
public final class OfferedTasks {

    private OfferedTasks() {
    }

    public static boolean offered(Context ctx, Task task) {
        Session session = RequestSessions.session(ctx);
        return session != null && session.signedIn() && AccessPolicy.allows(session.user().role(), task);
    }

    /** Names the task a page refused to the role, for {@link RoleBeforeInput#auditPageRefused}. */
    static final String PAGE_REFUSED = "uca.pageRefused";

    /**
     * A form page for a task the role may not do is not shown: 403, as the application answers its submission, and
     * audited as the application would audit it (the problem's handler writes the entry, once).
     */
    public static void requireOffered(Context ctx, Task task) {
        Session.SignedIn user = RequestSessions.user(ctx);
        if (!AccessPolicy.allows(user.role(), task)) {
            ctx.attribute(PAGE_REFUSED, task);
            throw refusal(user, task);
        }
    }

    /** The application's own words for the refusal, so a form page refused here reads as a refused submission. */
    static HttpProblem refusal(Session.SignedIn user, Task task) {
        return new HttpProblem(403, "You cannot do this", "As " + user.role().someone() + " you cannot "
                + task.description() + ".");
    }
}

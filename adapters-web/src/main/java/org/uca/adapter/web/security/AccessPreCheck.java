package org.uca.adapter.web.security;

import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.uca.adapter.web.port.Accounts;
import org.uca.application.port.in.AccessPolicy;
import org.uca.application.port.in.Task;

/**
 * TEMPORARY (issue 10, point 1): refuses with 403, audited, a task the signed-in role may not do, before the use
 * case runs. It exists only until the application's pipeline enforces {@link AccessPolicy} for every use case and
 * answers {@code Failure.NotPermitted} (which the web already maps to 403); then delete this class and every
 * {@code preCheck.require(...)} call (grep for {@code AccessPreCheck}), keeping {@link OfferedTasks} for what
 * pages offer.
 */
public final class AccessPreCheck {

    private static final Logger AUDIT = LoggerFactory.getLogger("org.uca.audit");

    private final Accounts accounts;

    public AccessPreCheck(Accounts accounts) {
        this.accounts = accounts;
    }

    public void require(Context ctx, Task task) {
        Session.SignedIn user = RequestSessions.user(ctx);
        if (!AccessPolicy.allows(user.role(), task)) {
            AUDIT.warn("refused: {} ({}) may not {} [{} {}]", user.staff(), user.role(), task.description(),
                    ctx.method(), ctx.path());
            accounts.accessRefused(user.staff(), task.name() + " " + ctx.method() + " " + ctx.path());
            throw OfferedTasks.refusal(user, task);
        }
    }
}

package org.uca.adapter.web.security;

import io.javalin.http.Context;
import io.vavr.control.Either;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.uca.adapter.web.port.Accounts;
import org.uca.application.port.in.CaseChange;
import org.uca.application.port.in.CaseVersion;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.Task;
import org.uca.domain.shared.Refusal;

/**
 * The application refuses (and audits) a task the role may not do. But input the web cannot read never reaches
 * the use case, and its field-by-field 422 would show a role the form it may not use: so a submission refused for
 * its input, by a role not offered the task, is answered as the application would answer it — 403 — and audited
 * here, once, since the application never saw it: in the access-refused log, and on the case's audit trail
 * ({@link RefusedBeforeUseCase}, which also audits input refused before the use case is asked).
 */
public final class RoleBeforeInput {

    private static final Logger AUDIT = LoggerFactory.getLogger("org.uca.audit");

    private final Accounts accounts;
    private final RefusedBeforeUseCase refusedHere;

    public RoleBeforeInput(Accounts accounts, RefusedBeforeUseCase refusedHere) {
        this.accounts = accounts;
        this.refusedHere = refusedHere;
    }

    /**
     * Says a POST to {@code path} is an attempt at {@code task} about the case or resident it names, so that a
     * refusal answered before its use case is asked is audited on the case ({@link RefusedBeforeUseCase}).
     */
    public String attempt(String path, Task task) {
        return refusedHere.command(path, task);
    }

    /** Audits a form's input refused before its use case was asked; one the use case refused it audited itself. */
    public void inputRefused(Context ctx, Task task, Refusal refusal) {
        refusedHere.refused(ctx, task, refusal);
    }

    /** The input as a command for the use case, or why it cannot be one: field by field, or 403 for this role. */
    public <T> Either<Failure, T> parsed(Context ctx, Task task, Either<Refusal, T> parsed) {
        return handedOverIfRight(ctx, checked(ctx, task, parsed));
    }

    private <T> Either<Failure, T> checked(Context ctx, Task task, Either<Refusal, T> parsed) {
        if (parsed.isLeft()) {
            Session.SignedIn user = RequestSessions.user(ctx);
            if (!OfferedTasks.offered(ctx, task)) {
                audit(ctx, user, task);
                return Either.left(new Failure.NotPermitted(OfferedTasks.refusal(user, task).detail()));
            }
        }
        return parsed.mapLeft(Failure.Refused::new);
    }

    /**
     * Call before answering that the input could not be read: answers 403 instead (audited) if the role may not
     * do the task. A role the application refuses gets {@code NotPermitted} from it, never a refusal of its input,
     * so the refusal being answered is always the web's own and the application has audited nothing.
     */
    public void refuseUnlessOffered(Context ctx, Task task) {
        if (!OfferedTasks.offered(ctx, task)) {
            Session.SignedIn user = RequestSessions.user(ctx);
            audit(ctx, user, task);
            throw OfferedTasks.refusal(user, task);
        }
    }

    /**
     * As {@link #parsed(Context, Task, Either)}, for a change to a case through the API, which must say which
     * version of the case it was made from (its precondition, such as If-Match). Only a role offered the task is
     * asked for it: one that is not is refused by the application as not permitted, audited on the case.
     */
    public <T extends CaseChange<T>> Either<Failure, T> parsed(Context ctx, Task task, Either<Refusal, T> parsed,
            Function<Context, CaseVersion> precondition) {
        return handedOverIfRight(ctx, checked(ctx, task, parsed)
                .map(change -> OfferedTasks.offered(ctx, task) ? change.seenAt(precondition.apply(ctx)) : change));
    }

    /** A command that can be asked for is handed to its use case, which audits its own refusals. */
    private static <T> Either<Failure, T> handedOverIfRight(Context ctx, Either<Failure, T> command) {
        command.forEach(c -> RefusedBeforeUseCase.handedOver(ctx));
        return command;
    }

    /**
     * Audits a page {@link OfferedTasks#requireOffered} refused: a role asking for a page of a task it may not do
     * (a contractor at an administration page) is on the access-refused log like a refused submission.
     */
    public void auditPageRefused(Context ctx) {
        Task task = ctx.attribute(OfferedTasks.PAGE_REFUSED);
        // a submission refused is audited already, by its use case or by this class: only a page asked for is not
        if (task != null && (ctx.method() == io.javalin.http.HandlerType.GET
                || ctx.method() == io.javalin.http.HandlerType.HEAD)) {
            ctx.attribute(OfferedTasks.PAGE_REFUSED, null); // once, however the problem is answered
            audit(ctx, RequestSessions.user(ctx), task);
        }
    }

    private void audit(Context ctx, Session.SignedIn user, Task task) {
        AUDIT.warn("refused: {} ({}) may not {} [{} {}]", user.staff(), user.role(), task.description(),
                ctx.method(), ctx.path());
        accounts.accessRefused(user.staff(), task.name() + " " + ctx.method() + " " + ctx.path());
    }
}

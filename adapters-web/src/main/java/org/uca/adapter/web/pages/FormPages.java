package org.uca.adapter.web.pages;

import io.javalin.http.Context;
import io.vavr.control.Either;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.uca.adapter.web.http.Failures;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.input.FormParams;
import org.uca.adapter.web.input.UnstorableCharacters;
import org.uca.adapter.web.security.RoleBeforeInput;
import org.uca.adapter.web.security.OfferedTasks;
import org.uca.adapter.web.view.FormPage;
import org.uca.adapter.web.view.FormView;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.Task;

/**
 * A form page at one address: GET shows it (only to a role offered its task), POST submits it — on success
 * post/redirect/get, on a refusal the form again with the input kept and each problem next to its field; when the
 * case changed since the form was shown, the form again with the input kept and the changes listed.
 */
final class FormPages {

    /** How to show a form (fresh, or with the input kept) and how to submit it. */
    record FormSpec(String title, Task task, BiFunction<Context, Form, FormView> view,
            Function<Context, Either<Failure, Done>> submit) {
    }

    private final PageWriter pages;
    private final RoleBeforeInput roleFirst;
    private final ChangesSince changes;
    private final UnstorableCharacters unstorable;

    FormPages(PageWriter pages, RoleBeforeInput roleFirst, ChangesSince changes, UnstorableCharacters unstorable) {
        this.pages = pages;
        this.roleFirst = roleFirst;
        this.changes = changes;
        this.unstorable = unstorable;
    }

    void register(RouteTable routes, String path, FormSpec spec) {
        routes.get(path, ctx -> {
            OfferedTasks.requireOffered(ctx, spec.task());
            FormView view = spec.view().apply(ctx, Form.fresh());
            pages.render(ctx, "form.jte", new FormPage(pages.frame(ctx, spec.title()), view));
        });
        unstorable.formKeepsInput(path);
        routes.post(roleFirst.attempt(path, spec.task()), ctx -> {
            FormParams input = new FormParams(ctx.formParamMap());
            // A character that cannot be stored is a field error like any other: the form again, input kept.
            Either<Failure, Done> result = UnstorableCharacters.deferred(ctx)
                    .<Either<Failure, Done>>map(refused -> Either.left(new Failure.Refused(refused)))
                    .getOrElse(() -> spec.submit().apply(ctx));
            if (result.isRight()) {
                pages.done(ctx, result.get().message(), result.get().location());
                return;
            }
            Form form;
            if (result.getLeft() instanceof Failure.Refused refused) {
                roleFirst.refuseUnlessOffered(ctx, spec.task());
                roleFirst.inputRefused(ctx, spec.task(), refused.refusal());
                form = Form.submitted(input, refused.refusal());
                ctx.status(422);
            } else if (result.getLeft() instanceof Failure.Stale stale) {
                form = Form.stale(input, stale, changes.lines(stale.changedSince()));
                ctx.status(409);
            } else if (result.getLeft() instanceof Failure.Conflict conflict) {
                form = Form.notSaved(input, conflict.message());
                ctx.status(409);
            } else if (result.getLeft() instanceof Failure.Unavailable unavailable) {
                form = Form.notSaved(input, unavailable.message());
                ctx.status(503);
                ctx.header("Retry-After", "5");
            } else {
                throw Failures.problem(result.getLeft());
            }
            FormView view = spec.view().apply(ctx, form);
            pages.render(ctx, "form.jte", new FormPage(pages.frame(ctx, spec.title()).withErrors(form.summary()),
                    view));
        });
    }
}

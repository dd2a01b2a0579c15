package org.uca.adapter.web.pages;

import io.javalin.http.Context;
import org.uca.adapter.web.http.Failures;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.input.FormParams;
import org.uca.adapter.web.pages.FormPages.FormSpec;
import org.uca.adapter.web.security.Authentication;
import org.uca.adapter.web.security.ClientAddress;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.adapter.web.security.SignInLimiter;
import org.uca.adapter.web.security.SessionCookie;
import org.uca.adapter.web.security.Sessions;
import io.vavr.control.Either;
import org.uca.adapter.web.view.AdministrationPages.Notice;
import org.uca.adapter.web.view.FormPage;
import org.uca.application.port.in.ChangePasswordUseCase;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.SetPasswordFromLinkUseCase;
import org.uca.application.port.in.Task;
import org.uca.domain.shared.Refusal;

/**
 * "Set your password" from a one-time link (public: the link is the credential; the page sends no referrer, so the
 * token never leaves in a Referer header), and "Change your password" for everyone signed in.
 */
public final class PasswordController {

    private static final String HINT = "At least 12 characters. A few unrelated words make a long password easy to"
            + " remember; no particular characters are needed.";

    private final PageWriter pages;
    private final FormPages forms;
    private final SessionCookie cookie;
    private final SetPasswordFromLinkUseCase fromLink;
    private final ChangePasswordUseCase change;
    private final Sessions sessions;
    private final Authentication authentication;
    private final boolean localPasswords;

    /** @param authentication its sign-in limiter also counts wrong current passwords; it says whether UCA passwords
     *                        are switched off (single sign-on only): then none is changed */
    PasswordController(PageWriter pages, FormPages forms, SessionCookie cookie, SetPasswordFromLinkUseCase fromLink,
            ChangePasswordUseCase change, Sessions sessions, Authentication authentication) {
        this.sessions = sessions;
        this.authentication = authentication;
        this.localPasswords = authentication.localPasswords();
        this.pages = pages;
        this.forms = forms;
        this.cookie = cookie;
        this.fromLink = fromLink;
        this.change = change;
    }

    public void register(RouteTable routes) {
        routes.get("/set-password/{token}", ctx -> {
            String username = fromLink.linkFor(ctx.pathParam("token")).getOrElseThrow(Failures::problem);
            setPasswordForm(ctx, username, Form.fresh(), 200);
        });
        routes.post("/set-password/{token}", ctx -> {
            var result = fromLink.setPassword(new SetPasswordFromLinkUseCase.SetPassword(ctx.pathParam("token"),
                    StaffInput.param(ctx, "password"), StaffInput.param(ctx, "confirmation")));
            if (result.isLeft() && result.getLeft() instanceof Failure.Refused refused) {
                String username = fromLink.linkFor(ctx.pathParam("token")).getOrElseThrow(Failures::problem);
                setPasswordForm(ctx, username, Form.submitted(new FormParams(ctx.formParamMap()), refused.refusal()),
                        422);
                return;
            }
            String username = result.getOrElseThrow(Failures::problem);
            pages.render(ctx, "notice.jte", new Notice(pages.frame(ctx, "Your password is set"),
                    "Your password is set", "You can now sign in as " + username + ".", null, null, "/sign-in",
                    "Sign in"));
        });
        forms.register(routes, "/account/password", new FormSpec("Change your password", Task.CHANGE_OWN_PASSWORD,
                (ctx, f) -> f.password("currentPassword", "Your current password", "")
                        .password("password", "New password", HINT)
                        .password("confirmation", "New password again", "")
                        .view(null, "Change your password", null, "/account/password", "Change password", "/"),
                ctx -> localPasswords ? limited(ctx)
                        .map(username -> {
                            // Whoever knew the old password is signed out of every other session (OWASP ASVS 3.3.3).
                            int ended = sessions.endOthers(RequestSessions.session(ctx));
                            return new Done("Your password is changed." + (ended == 0 ? ""
                                    : " You are signed out everywhere else."), "/");
                        })
                        : Either.left(new Failure.NotPermitted("UCA passwords are switched off here: you sign in"
                                + " with your organisation's account, whose password is changed there."))));
    }

    /** The change, with the current password counted by the sign-in limiter ({@link Authentication}). */
    private Either<Failure, String> limited(Context ctx) {
        String username = RequestSessions.user(ctx).username();
        String address = ClientAddress.of(ctx);
        SignInLimiter.Turn turn = authentication.currentPasswordAttempt(username, address);
        if (!turn.evaluate()) {
            ctx.header("Retry-After", String.valueOf(turn.seconds()));
            return Either.left(new Failure.Refused(Refusal.of("currentPassword",
                    Authentication.tooManyWrongPasswords(turn))));
        }
        Either<Failure, String> changed = change.changePassword(new ChangePasswordUseCase.ChangePassword(
                RequestSessions.me(ctx), StaffInput.param(ctx, "currentPassword"), StaffInput.param(ctx, "password"),
                StaffInput.param(ctx, "confirmation")));
        authentication.currentPasswordChecked(username, address, Authentication.wrongCurrentPassword(changed));
        return changed;
    }

    private void setPasswordForm(Context ctx, String username, Form form, int status) {
        cookie.anonymousSession(ctx); // for the form's CSRF token
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cache-Control", "no-store");
        var view = form.hidden("username", username)
                .password("password", "New password", HINT)
                .password("confirmation", "New password again", "")
                .view(username, "Set your password", "Choose the password you will sign in with.",
                        "/set-password/" + ctx.pathParam("token"), "Set password", null);
        var frame = pages.frame(ctx, "Set your password");
        ctx.status(status);
        pages.render(ctx, "form.jte", new FormPage(form.summary().isEmpty() ? frame : frame.withErrors(
                form.summary()), view));
    }
}

package org.uca.adapter.web.pages;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.vavr.control.Option;
import java.util.List;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.security.Authentication;
import org.uca.adapter.web.security.ClientAddress;
import org.uca.adapter.web.security.SessionCookie;
import org.uca.adapter.web.view.PageFrame;
import org.uca.adapter.web.view.SignInPage;

/** Signing in (username and password, rate limited) and signing out. */
public final class SignInController {

    private final PageWriter pages;
    private final Authentication authentication;
    private final SessionCookie cookie;
    private final String singleSignOnName;

    /** @param singleSignOnName the provider on the "Sign in with …" button, or null without single sign-on */
    SignInController(PageWriter pages, Authentication authentication, SessionCookie cookie, String singleSignOnName) {
        this.pages = pages;
        this.authentication = authentication;
        this.cookie = cookie;
        this.singleSignOnName = singleSignOnName;
    }

    public void register(RouteTable routes) {
        routes.get("/sign-in", ctx -> signInPage(ctx, "", null, 200));
        routes.post("/sign-in", this::signIn);
        routes.post("/sign-out", ctx -> {
            cookie.end(ctx);
            ctx.redirect("/sign-in", HttpStatus.SEE_OTHER);
        });
    }

    private void signInPage(Context ctx, String username, String error, int status) {
        if (authentication.localPasswords()) {
            cookie.anonymousSession(ctx); // the form's CSRF token
        }
        PageFrame frame = pages.frame(ctx, "Sign in");
        if (error != null) {
            frame = frame.withErrors(List.of(new PageFrame.ErrorItem(error, "#username")));
        }
        ctx.status(status);
        pages.render(ctx, "signin.jte", new SignInPage(frame, username, error, authentication.localPasswords(),
                singleSignOnName));
    }

    private void signIn(Context ctx) {
        String username = Option.of(ctx.formParam("username")).getOrElse("").strip();
        String password = Option.of(ctx.formParam("password")).getOrElse("");
        Authentication.Outcome outcome = authentication.authenticate(username, password,
                ClientAddress.of(ctx));
        if (!outcome.signedIn()) {
            if (outcome.status() == 429) {
                ctx.header("Retry-After", String.valueOf(outcome.retryAfterSeconds()));
            }
            signInPage(ctx, username, outcome.error(), outcome.status());
            return;
        }
        cookie.switchTo(ctx, outcome.session());
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }
}

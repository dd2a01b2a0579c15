package org.uca.adapter.web.pages;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.security.SessionCookie;
import org.uca.adapter.web.security.oidc.OidcSettings;
import org.uca.adapter.web.security.oidc.SingleSignOn;
import org.uca.adapter.web.view.SignInRefusedPage;

/** "Sign in with …": off to the OpenID Connect provider, and back to the callback. */
final class SingleSignOnController {

    private final PageWriter pages;
    private final SingleSignOn singleSignOn;
    private final SessionCookie cookie;

    SingleSignOnController(PageWriter pages, SingleSignOn singleSignOn, SessionCookie cookie) {
        this.pages = pages;
        this.singleSignOn = singleSignOn;
        this.cookie = cookie;
    }

    void register(RouteTable routes) {
        routes.get("/sign-in/oidc", ctx -> singleSignOn.start(ctx).ifPresent(refused -> refuse(ctx, refused)));
        routes.get(OidcSettings.CALLBACK_PATH, this::callback);
    }

    private void callback(Context ctx) {
        singleSignOn.finish(ctx).fold(signedIn -> {
            cookie.switchTo(ctx, signedIn.session());
            ctx.redirect("/", HttpStatus.SEE_OTHER);
            return null;
        }, refused -> {
            refuse(ctx, refused);
            return null;
        });
    }

    private void refuse(Context ctx, SingleSignOn.Outcome.Refused refused) {
        ctx.status(refused.status());
        pages.render(ctx, "signin-refused.jte", new SignInRefusedPage(pages.frame(ctx, refused.heading()),
                refused.heading(), refused.message()));
    }
}

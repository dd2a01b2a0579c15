package org.uca.adapter.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.uca.adapter.web.input.CommandInput;
import org.uca.adapter.web.security.Permission;
import org.uca.adapter.web.security.Permissions;
import org.uca.adapter.web.security.Session;
import org.uca.adapter.web.security.Sessions;
import org.uca.adapter.web.view.Chrome;
import org.uca.adapter.web.view.Templates;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.StaffMember;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** What every handler needs: the use cases, who is signed in and may do what, and the means to answer. */
public final class Web {

    static final String SESSION = "uca.session";
    static final String VIA_TOKEN = "uca.viaToken";
    private static final Logger AUDIT = LoggerFactory.getLogger("org.uca.audit");

    public final UseCases app;
    public final WebSettings settings;
    public final Accounts accounts;
    public final Colleagues colleagues;
    public final HealthCheck health;
    public final Sessions sessions;
    public final Templates templates = new Templates();
    public final CommandInput input;
    public final ObjectMapper json = JsonMapper.builder().build();

    Web(UseCases app, WebSettings settings, Accounts accounts, Colleagues colleagues, HealthCheck health) {
        this.app = app;
        this.settings = settings;
        this.accounts = accounts;
        this.colleagues = colleagues;
        this.health = health;
        this.sessions = new Sessions(settings.sessionSecret(), settings.sessionIdle(), settings.clock());
        this.input = new CommandInput(colleagues, settings.clock());
    }

    public Session session(Context ctx) {
        return ctx.attribute(SESSION);
    }

    public Session.SignedIn user(Context ctx) {
        Session session = session(ctx);
        if (session == null || !session.signedIn()) {
            throw new HttpProblem(401, "Sign in first", "Sign in to use UCA.");
        }
        return session.user();
    }

    public boolean may(Context ctx, Permission permission) {
        Session session = session(ctx);
        return session != null && session.signedIn() && Permissions.allows(session.user().role(), permission);
    }

    /** Stops the request with 403 unless the signed-in user's role allows it; the refusal is audited. */
    public Session.SignedIn require(Context ctx, Permission permission) {
        Session.SignedIn user = user(ctx);
        if (!Permissions.allows(user.role(), permission)) {
            AUDIT.warn("refused: {} ({}) may not {} [{} {}]", user.staff(), user.role(), permission.description(),
                    ctx.method(), ctx.path());
            accounts.accessRefused(user.staff(), permission.name() + " " + ctx.method() + " " + ctx.path());
            throw new HttpProblem(403, "You cannot do this",
                    "As " + article(user.role().label()) + " " + user.role().label() + " you cannot "
                            + permission.description() + ".");
        }
        return user;
    }

    private static String article(String word) {
        return "AEIOU".indexOf(word.charAt(0)) >= 0 ? "an" : "a";
    }

    public io.vavr.control.Option<StaffMember> me(Context ctx) {
        return colleagues.find(user(ctx).staff());
    }

    public String nameOf(StaffId id) {
        return colleagues.find(id).map(StaffMember::name).getOrElse(id.value());
    }

    public Chrome chrome(Context ctx, String title) {
        Session session = session(ctx);
        String csrf = session == null ? "" : session.csrfToken();
        if (session == null || !session.signedIn()) {
            return new Chrome(title, settings.landlordName(), null, null, csrf, null, List.of(), List.of());
        }
        List<Chrome.NavItem> nav = new ArrayList<>();
        String path = ctx.path();
        nav.add(new Chrome.NavItem("My work", "/", path.equals("/")));
        if (may(ctx, Permission.VIEW_RESIDENTS_AND_CASES)) {
            nav.add(new Chrome.NavItem("Find a resident", "/residents", path.startsWith("/residents")));
        }
        if (may(ctx, Permission.VIEW_MONITORING)) {
            nav.add(new Chrome.NavItem("Monitoring", "/monitoring", path.startsWith("/monitoring")));
        }
        return new Chrome(title, settings.landlordName(), session.user().name(), session.user().role().label(), csrf,
                session.takeFlash(), nav, List.of());
    }

    public void render(Context ctx, String template, Object page) {
        ctx.html(templates.render(template, page));
    }

    /** Post/redirect/get: a success message for the next page, then the redirect. */
    public void done(Context ctx, String message, String location) {
        session(ctx).flash(message);
        ctx.redirect(location, io.javalin.http.HttpStatus.SEE_OTHER);
    }

    public void json(Context ctx, int status, Object body) {
        ctx.status(status).contentType("application/json").result(json.writeValueAsString(body));
    }
}

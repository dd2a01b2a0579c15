package org.uca.adapter.web;

import io.javalin.Javalin;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.uca.adapter.web.api.HealthEndpoint;
import org.uca.adapter.web.api.JsonApi;
import org.uca.adapter.web.api.JsonExchange;
import org.uca.adapter.web.assets.StaticAssets;
import org.uca.adapter.web.http.Failures;
import org.uca.adapter.web.http.HttpProblem;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.input.CommandInput;
import org.uca.adapter.web.input.UnstorableCharacters;
import org.uca.adapter.web.letters.LetterPdfs;
import org.uca.adapter.web.pages.PageWriter;
import org.uca.adapter.web.pages.StaffPages;
import org.uca.adapter.web.port.Accounts;
import org.uca.adapter.web.port.Colleagues;
import org.uca.adapter.web.port.HealthCheck;
import org.uca.adapter.web.port.SessionStore;
import org.uca.adapter.web.port.SignInCounts;
import org.uca.adapter.web.port.LinkedAccounts;
import org.uca.adapter.web.port.UseCases;
import org.uca.adapter.web.security.RefusedBeforeUseCase;
import org.uca.adapter.web.security.RoleBeforeInput;
import org.uca.adapter.web.security.Admission;
import org.uca.adapter.web.security.Authentication;
import org.uca.adapter.web.security.ClientAddress;
import org.uca.adapter.web.security.InMemorySessionStore;
import org.uca.adapter.web.security.InMemorySignInCounts;
import org.uca.adapter.web.security.MachineCredentialLimiter;
import org.uca.adapter.web.security.MethodOverrideIgnored;
import org.uca.adapter.web.security.PublicAddress;
import org.uca.adapter.web.security.SessionCookie;
import org.uca.adapter.web.security.Sessions;
import org.uca.adapter.web.security.SignInLimiter;
import org.uca.adapter.web.security.oidc.OpenIdProvider;
import org.uca.adapter.web.security.oidc.SingleSignOn;
import org.uca.adapter.web.view.JteTemplates;
import org.uca.application.port.in.Failure;
import org.uca.application.port.out.OutcomeUnknown;
import org.uca.application.port.out.StorageUnavailable;

/**
 * The staff web app and JSON API on Javalin, assembled: every page and endpoint needs a signed-in user except
 * sign-in, health and static files; every form carries a CSRF token; every response carries the security headers.
 */
public final class UcaWeb {

    private static final Logger LOG = LoggerFactory.getLogger(UcaWeb.class);
    /** The largest request body UCA reads (a form, a JSON body, a residents file); larger is a 413. */
    static final long MAX_REQUEST_BYTES = 1_000_000L;

    private final Javalin javalin;
    private final List<RouteTable.Route> routes;
    private final Sessions sessions;
    private final LetterPdfs letterPdfs;

    /** On one process: sessions and sign-in counts in memory, no proxy trusted (tests, the in-memory store). */
    public UcaWeb(UseCases app, WebSettings settings, Accounts accounts, Colleagues colleagues, HealthCheck health) {
        this(app, settings, accounts, colleagues, health, new InMemorySessionStore(),
                new InMemorySignInCounts(accounts), ClientAddress.trustingNoProxy(), LinkedAccounts.NONE);
    }

    /**
     * @param sessionStore   where signed-in sessions and API tokens are kept (the database, for several processes)
     * @param signInCounts   where the sign-in limiter counts failures (the database, for several processes)
     * @param clientAddress  which proxies' forwarding headers to believe ({@code UCA_TRUSTED_PROXIES})
     * @param linked         the accounts single sign-on signs in (used when the settings name a provider)
     */
    public UcaWeb(UseCases app, WebSettings settings, Accounts accounts, Colleagues colleagues, HealthCheck health,
            SessionStore sessionStore, SignInCounts signInCounts, ClientAddress clientAddress, LinkedAccounts linked) {
        Sessions sessions = new Sessions(settings.sessionSecret(), settings.sessionIdle(),
                settings.sessionLifetime(), settings.clock(), sessionStore);
        this.sessions = sessions;
        SessionCookie cookie = new SessionCookie(sessions, settings.secureCookies());
        Admission admission = new Admission(sessions, cookie, accounts, app.syncResidents(),
                new MachineCredentialLimiter(signInCounts, settings.signInAttempts(), settings.signInWindow(),
                        settings.clock()), settings.embeddedBy());
        Authentication authentication = new Authentication(accounts, colleagues, sessions,
                new SignInLimiter(signInCounts, settings.signInAttempts(), settings.signInWindow(), settings.clock()),
                settings.signIn().localPasswords());
        Optional<SingleSignOn> singleSignOn = settings.signIn().singleSignOn().map(oidc -> new SingleSignOn(oidc,
                new OpenIdProvider(oidc, settings.clock()), settings.sessionSecret(), settings.clock(), linked,
                colleagues, sessions, cookie));
        RefusedBeforeUseCase refusedHere = new RefusedBeforeUseCase(app.recordRefusedAttempt());
        RoleBeforeInput roleFirst = new RoleBeforeInput(accounts, refusedHere);
        CommandInput input = new CommandInput(colleagues, settings.clock());
        JsonExchange json = new JsonExchange();
        JteTemplates templates = new JteTemplates();
        PageWriter pages = new PageWriter(templates, settings.landlordName());
        LetterPdfs letterPdfs = new LetterPdfs(templates, settings.landlord());
        this.letterPdfs = letterPdfs;
        ProblemResponses problems = new ProblemResponses(json, pages);
        RouteTable[] table = new RouteTable[1];
        this.javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            config.jetty.modifyServletContextHandler(handler -> handler.addFilter(MethodOverrideIgnored.class, "/*",
                    java.util.EnumSet.of(jakarta.servlet.DispatcherType.REQUEST)));
            config.routes.before(clientAddress::attach); // first: admission's audit lines name the client
            config.routes.before(new PublicAddress(settings.signIn().publicUrl())::attach);
            config.routes.before(admission::admit);
            UnstorableCharacters unstorable = new UnstorableCharacters();
            config.routes.before(unstorable::refuse); // after admission: sign in first, as for any input
            RouteTable routeTable = new RouteTable(config.routes);
            table[0] = routeTable;
            new StaticAssets().register(routeTable);
            new HealthEndpoint(json, health).register(routeTable);
            new StaffPages(pages, roleFirst, input, colleagues, authentication, cookie, sessions, settings.clock(),
                    singleSignOn, settings.reviewPeriods()).register(routeTable, app, letterPdfs, unstorable);
            new JsonApi(json, roleFirst, input, authentication, sessions, settings.landlord().phoneNumber())
                    .register(routeTable, app);
            config.routes.exception(HttpProblem.class, (e, ctx) -> {
                refusedHere.refused(ctx, e); // a command refused before its use case is audited on its case
                roleFirst.auditPageRefused(ctx); // and a page refused to the role, on the access-refused log
                problems.answer(ctx, e);
            });
            // The store can fail outside a use case too (sign-in, the staff list a form needs): still a 503.
            config.routes.exception(StorageUnavailable.class, (e, ctx) -> {
                LOG.warn("The database cannot be reached on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
                problems.answer(ctx, Failures.problem(new Failure.Unavailable("The database cannot be reached just"
                        + " now; nothing was changed. Try again shortly.")));
            });
            config.routes.exception(OutcomeUnknown.class, (e, ctx) -> {
                LOG.warn("The database went away while saving on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
                problems.answer(ctx, Failures.problem(new Failure.Unavailable(e.getMessage()
                        + " Check before you try again.")));
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
                problems.answer(ctx, new HttpProblem(500, "Sorry, there is a problem with UCA",
                        "Something went wrong on our side. Nothing you did caused it; try again, and tell the"
                                + " service desk if it keeps happening."));
            });
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().startsWith("Endpoint ")) {
                    problems.answer(ctx, new HttpProblem(404, "Page not found",
                            "There is no page at this address. Check it, or start from My work."));
                }
            });
            config.routes.error(405, ctx -> problems.answer(ctx, new HttpProblem(405, "Method not allowed",
                    "This address does not accept " + ctx.method() + ".")));
            config.routes.error(413, ctx -> problems.answer(ctx, new HttpProblem(413, "The request is too large",
                    "Send at most " + MAX_REQUEST_BYTES / 1000 + " kB; nothing was saved.")));
        });
        this.routes = table[0].all();
    }

    /** The web app for the composition root to start. */
    public static Javalin create(UseCases app, WebSettings settings, Accounts accounts, Colleagues colleagues,
            HealthCheck health) {
        return new UcaWeb(app, settings, accounts, colleagues, health).javalin();
    }

    /** Deletes the expired sessions and API tokens (the composition root runs it every few minutes); how many. */
    public int sweepExpiredSessions() {
        return sessions.sweep();
    }

    /** Letters as PDF with the configured landlord's details (the same the pages serve), to attach to an e-mail. */
    public LetterPdfs letterPdfs() {
        return letterPdfs;
    }

    public Javalin javalin() {
        return javalin;
    }

    /** The routes served, with the record each JSON route answers with (the OpenAPI document is checked on them). */
    public List<RouteTable.Route> routes() {
        return routes;
    }
}

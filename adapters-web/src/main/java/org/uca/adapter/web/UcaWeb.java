package org.uca.adapter.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import io.vavr.control.Option;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.WeakHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.uca.adapter.web.api.JsonApi;
import org.uca.adapter.web.pages.StaffPages;
import org.uca.adapter.web.security.Passwords;
import org.uca.adapter.web.security.SecurityHeaders;
import org.uca.adapter.web.security.Session;
import org.uca.adapter.web.security.SignInLimiter;
import org.uca.adapter.web.view.Chrome;
import org.uca.adapter.web.view.Pages;
import org.uca.application.port.in.Failure;
import org.uca.application.port.out.StorageUnavailable;
import org.uca.domain.people.StaffMember;

/**
 * The staff web app and JSON API on Javalin. Every page and endpoint needs a signed-in user except sign-in, health
 * and static assets; every form carries a CSRF token; every response carries the security headers.
 */
public final class UcaWeb {

    public static final String SESSION_COOKIE = "uca_session";
    private static final Logger LOG = LoggerFactory.getLogger(UcaWeb.class);
    private static final Logger AUDIT = LoggerFactory.getLogger("org.uca.audit");
    private static final Map<Javalin, List<Routes.Route>> ROUTES = java.util.Collections.synchronizedMap(new WeakHashMap<>());

    private UcaWeb() {
    }

    public static Javalin create(UseCases app, WebSettings settings, Accounts accounts, Colleagues colleagues,
            HealthCheck health) {
        Web web = new Web(app, settings, accounts, colleagues, health);
        SignInLimiter limiter = new SignInLimiter(settings.signInAttempts(), settings.signInWindow(), settings.clock());
        String govuk = "/META-INF/resources/webjars/govuk-frontend/" + govukVersion() + "/dist/govuk";
        Routes[] table = new Routes[1];
        Javalin javalin = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = 1_000_000L;
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = "/public";
                files.location = Location.CLASSPATH;
            });
            config.routes.before(ctx -> admit(web, ctx));
            Routes routes = new Routes(config.routes);
            table[0] = routes;
            config.routes.get("/govuk/<file>", ctx -> webjarFile(ctx, govuk + "/" + ctx.pathParam("file")));
            config.routes.get("/assets/<file>", ctx -> webjarFile(ctx, govuk + "/assets/" + ctx.pathParam("file")));
            routes.get("/health", ctx -> {
                boolean healthy = safely(health);
                web.json(ctx, healthy ? 200 : 503, Map.of("status", healthy ? "UP" : "DOWN"));
            });
            routes.get("/sign-in", ctx -> signInPage(web, ctx, "", null, 200));
            routes.post("/sign-in", ctx -> signIn(web, limiter, ctx));
            routes.post("/sign-out", ctx -> {
                Session session = web.session(ctx);
                if (session != null) {
                    web.sessions.end(session);
                }
                clearCookie(ctx, settings);
                ctx.redirect("/sign-in", HttpStatus.SEE_OTHER);
            });
            new StaffPages(web).register(routes);
            new JsonApi(web, limiter).register(routes);
            config.routes.exception(HttpProblem.class, (e, ctx) -> answer(web, ctx, e));
            // The store can fail outside a use case too (sign-in, the staff list a form needs): still a 503.
            config.routes.exception(StorageUnavailable.class, (e, ctx) -> {
                LOG.warn("The database cannot be reached on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
                answer(web, ctx, Failures.problem(new Failure.Unavailable("The database cannot be reached just now;"
                        + " nothing was changed. Try again shortly.")));
            });
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("Unexpected failure on {} {}", ctx.method(), ctx.path(), e);
                answer(web, ctx, new HttpProblem(500, "Sorry, there is a problem with UCA",
                        "Something went wrong on our side. Nothing you did caused it; try again, and tell the"
                                + " service desk if it keeps happening."));
            });
            config.routes.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().startsWith("Endpoint ")) {
                    answer(web, ctx, new HttpProblem(404, "Page not found",
                            "There is no page at this address. Check it, or start from My work."));
                }
            });
            config.routes.error(405, ctx -> answer(web, ctx, new HttpProblem(405, "Method not allowed",
                    "This address does not accept " + ctx.method() + ".")));
        });
        ROUTES.put(javalin, table[0].all());
        return javalin;
    }

    /** The routes an app serves, for checking the OpenAPI document against them. */
    public static List<Routes.Route> routesOf(Javalin javalin) {
        return ROUTES.get(javalin);
    }

    /** GOV.UK Frontend's CSS, JavaScript and assets, straight from its WebJar on the classpath. */
    private static void webjarFile(Context ctx, String resource) throws IOException {
        if (resource.contains("..") || resource.contains("\\") || resource.endsWith("/")) {
            throw new HttpProblem(404, "Page not found", "There is no such file.");
        }
        try (InputStream in = UcaWeb.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new HttpProblem(404, "Page not found", "There is no such file.");
            }
            String type = resource.endsWith(".css") ? "text/css" : resource.endsWith(".js") || resource.endsWith(".mjs")
                    ? "text/javascript" : resource.endsWith(".woff2") ? "font/woff2" : resource.endsWith(".woff")
                    ? "font/woff" : resource.endsWith(".png") ? "image/png" : resource.endsWith(".svg")
                    ? "image/svg+xml" : resource.endsWith(".ico") ? "image/x-icon" : resource.endsWith(".json")
                    ? "application/json" : resource.endsWith(".map") ? "application/json" : "application/octet-stream";
            ctx.header("Cache-Control", "public, max-age=86400");
            ctx.contentType(type).result(in.readAllBytes());
        }
    }

    private static boolean safely(HealthCheck health) {
        try {
            return health.healthy();
        } catch (RuntimeException e) {
            LOG.warn("Health check failed", e);
            return false;
        }
    }

    private static boolean isPublic(String path) {
        return path.equals("/sign-in") || path.equals("/health") || path.equals("/favicon.ico")
                || path.startsWith("/assets/") || path.startsWith("/govuk/") || path.startsWith("/static/")
                || path.equals("/api/tokens");
    }

    static boolean isApi(Context ctx) {
        return ctx.path().startsWith("/api/") || ctx.path().equals("/api");
    }

    private static boolean secure(Context ctx, WebSettings settings) {
        return settings.secureCookies() || "https".equalsIgnoreCase(ctx.scheme())
                || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }

    /** Headers, session, sign-in and CSRF, before any route. */
    private static void admit(Web web, Context ctx) {
        SecurityHeaders.apply(ctx, secure(ctx, web.settings));
        String path = ctx.path();
        if (path.startsWith("/assets/") || path.startsWith("/govuk/") || path.startsWith("/static/")) {
            return;
        }
        Optional<Session> session = Optional.empty();
        String authorization = ctx.header("Authorization");
        boolean viaToken = false;
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            session = web.sessions.find(authorization.substring(7).strip());
            viaToken = true;
        } else {
            session = web.sessions.find(ctx.cookie(SESSION_COOKIE));
        }
        session.ifPresent(s -> ctx.attribute(Web.SESSION, s));
        ctx.attribute(Web.VIA_TOKEN, viaToken);
        boolean signedIn = session.map(Session::signedIn).orElse(false);
        if (!signedIn && !isPublic(path)) {
            if (isApi(ctx)) {
                ctx.header("WWW-Authenticate", "Bearer");
                throw new HttpProblem(401, "Sign in first",
                        "Send a bearer token from POST /api/tokens, or sign in to the web app first.");
            }
            ctx.redirect("/sign-in", HttpStatus.SEE_OTHER);
            ctx.skipRemainingHandlers();
            return;
        }
        boolean unsafe = !ctx.method().name().equals("GET") && !ctx.method().name().equals("HEAD")
                && !ctx.method().name().equals("OPTIONS");
        if (unsafe && !viaToken && !path.equals("/api/tokens")) {
            String submitted = ctx.header("X-CSRF-Token");
            String type = ctx.contentType() == null ? "" : ctx.contentType();
            if (submitted == null && type.startsWith("application/x-www-form-urlencoded")) {
                submitted = ctx.formParam("_csrf");
            }
            if (session.isEmpty() || !org.uca.adapter.web.security.Sessions.csrfMatches(session.get(), submitted)) {
                AUDIT.warn("refused: CSRF token missing or wrong on {} {} from {}", ctx.method(), path, ctx.ip());
                if (session.isPresent() && session.get().signedIn()) {
                    web.accounts.accessRefused(session.get().user().staff(),
                            "CSRF token missing or wrong on " + ctx.method() + " " + path);
                }
                throw new HttpProblem(403, "This form has expired",
                        "The form's security token is missing or out of date. Go back, reload the page and try"
                                + " again.");
            }
        }
    }

    private static void signInPage(Web web, Context ctx, String username, String error, int status) {
        Session session = web.session(ctx);
        if (session == null || session.signedIn()) {
            session = web.sessions.start(null);
            setCookie(ctx, web, session);
            ctx.attribute(Web.SESSION, session);
        }
        Chrome chrome = web.chrome(ctx, "Sign in");
        if (error != null) {
            chrome = chrome.withErrors(List.of(new Chrome.ErrorItem(error, "#username")));
        }
        ctx.status(status);
        web.render(ctx, "signin.jte", new Pages.SignInPage(chrome, username, error));
    }

    private static void signIn(Web web, SignInLimiter limiter, Context ctx) {
        String username = Option.of(ctx.formParam("username")).getOrElse("").strip();
        String password = Option.of(ctx.formParam("password")).getOrElse("");
        Outcome outcome = authenticate(web, limiter, username, password, ctx.ip());
        if (outcome.session == null) {
            signInPage(web, ctx, username, outcome.error, outcome.status);
            return;
        }
        Session old = web.session(ctx);
        if (old != null) {
            web.sessions.end(old);
        }
        setCookie(ctx, web, outcome.session);
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    /** The result of a sign-in attempt: a new session, or the error to show with its status. */
    public record Outcome(Session session, String error, int status) {
    }

    /** Checks a username and password, with rate limiting and an audit entry; shared by pages and API tokens. */
    public static Outcome authenticate(Web web, SignInLimiter limiter, String username, String password,
            String address) {
        if (limiter.blocked(username, address)) {
            AUDIT.warn("sign-in refused (too many attempts): {} from {}", username, address);
            web.accounts.signInAttempted(username, Option.none(), false, "too many attempts");
            return new Outcome(null, "Too many failed sign-in attempts. Wait 15 minutes and try again.", 429);
        }
        Option<Accounts.Account> account = username.isEmpty() ? Option.none() : web.accounts.find(username);
        boolean matches;
        if (account.isEmpty()) {
            Passwords.decoyCheck(password);
            matches = false;
        } else {
            matches = Passwords.matches(password, account.get().passwordHash());
        }
        Option<StaffMember> member = account.flatMap(a -> web.colleagues.find(a.staff()));
        if (!matches || member.isEmpty()) {
            limiter.failed(username, address);
            AUDIT.warn("sign-in failed: {} from {}", username, address);
            web.accounts.signInAttempted(username, account.map(Accounts.Account::staff), false,
                    matches ? "not in the staff directory" : "wrong username or password");
            return new Outcome(null, "Enter a correct username and password.", 401);
        }
        limiter.succeeded(username);
        AUDIT.info("signed in: {} as {} from {}", username, account.get().role(), address);
        web.accounts.signInAttempted(username, Option.some(account.get().staff()), true, "signed in");
        Session session = web.sessions.start(new Session.SignedIn(username, account.get().staff(),
                member.get().name(), account.get().role()));
        return new Outcome(session, null, 200);
    }

    private static void setCookie(Context ctx, Web web, Session session) {
        ctx.res().addHeader("Set-Cookie", SESSION_COOKIE + "=" + web.sessions.signedValue(session)
                + "; Path=/; HttpOnly; SameSite=Lax" + (secure(ctx, web.settings) ? "; Secure" : ""));
    }

    private static void clearCookie(Context ctx, WebSettings settings) {
        ctx.res().addHeader("Set-Cookie", SESSION_COOKIE + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax"
                + (settings.secureCookies() ? "; Secure" : ""));
    }

    /** An error as a page or as problem details, by where it was asked. */
    static void answer(Web web, Context ctx, HttpProblem problem) {
        if (isApi(ctx) || ctx.path().equals("/health")) {
            Map<String, Object> body = new LinkedHashMap<>();
            // RFC 9457: type, title, status, detail, instance; "errors" is UCA's extension member.
            body.put("type", "about:blank");
            body.put("title", problem.title());
            body.put("status", problem.status());
            body.put("detail", problem.detail());
            body.put("instance", ctx.path());
            if (!problem.problems().isEmpty()) {
                body.put("errors", problem.problems().map(p -> {
                    Map<String, String> error = new LinkedHashMap<>();
                    error.put("field", p.field());
                    error.put("reason", p.reason());
                    return error;
                })
                        .toJavaList());
            }
            ctx.status(problem.status()).contentType("application/problem+json")
                    .result(web.json.writeValueAsString(body));
            return;
        }
        if (problem.status() == 401) {
            ctx.redirect("/sign-in", HttpStatus.SEE_OTHER);
            return;
        }
        ctx.status(problem.status());
        web.render(ctx, "error.jte", new Pages.ErrorPage(web.chrome(ctx, problem.title()), problem.title(),
                problem.detail()));
    }

    static String govukVersion() {
        try (InputStream in = UcaWeb.class.getResourceAsStream(
                "/META-INF/maven/org.webjars.npm/govuk-frontend/pom.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "5.14.0");
            }
        } catch (IOException e) {
            LOG.debug("No govuk-frontend version found", e);
        }
        return "5.14.0";
    }
}

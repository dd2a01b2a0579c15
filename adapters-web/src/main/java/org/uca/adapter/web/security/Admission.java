package org.uca.adapter.web.security;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.vavr.control.Option;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.uca.adapter.web.http.HttpProblem;
import org.uca.adapter.web.port.Accounts;
import org.uca.application.port.in.SyncResidentsUseCase;
import org.uca.application.port.in.SyncResidentsUseCase.MachineClient;
import org.uca.application.port.out.MachineCredentials.Scope;

/**
 * Before any route: the security headers, the session (cookie or bearer token), sign-in for everything but the
 * public addresses, and the CSRF token on every change made from a browser.
 */
public final class Admission {

    private static final Logger AUDIT = LoggerFactory.getLogger("org.uca.audit");

    /** The banner's answer to someone not signed in to UCA in this browser. */
    private static final String SIGN_IN_FIRST = "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
            + "<title>Sign in to UCA – contact guidance</title><link rel=\"stylesheet\" href=\"/static/uca.css\">"
            + "</head><body class=\"uca-banner\"><p class=\"uca-banner__line\">Contact guidance is not shown: you are"
            + " not signed in to UCA in this browser. <a href=\"/sign-in\" target=\"_blank\" rel=\"noopener\">Sign in"
            + " to UCA</a> (it opens in a new tab), then reload this screen.</p></body></html>";

    private final Sessions sessions;
    private final SessionCookie cookie;
    private final Accounts accounts;
    private final SyncResidentsUseCase machines;
    private final MachineCredentialLimiter machineLimiter;
    private final FrameAncestors framedBy;

    public Admission(Sessions sessions, SessionCookie cookie, Accounts accounts, SyncResidentsUseCase machines,
            MachineCredentialLimiter machineLimiter) {
        this(sessions, cookie, accounts, machines, machineLimiter, FrameAncestors.SELF);
    }

    /** @param framedBy the origins whose pages may frame the guidance banner */
    public Admission(Sessions sessions, SessionCookie cookie, Accounts accounts, SyncResidentsUseCase machines,
            MachineCredentialLimiter machineLimiter, FrameAncestors framedBy) {
        this.framedBy = framedBy;
        this.sessions = sessions;
        this.cookie = cookie;
        this.accounts = accounts;
        this.machines = machines;
        this.machineLimiter = machineLimiter;
    }

    /** Static files, open to all and served without a session look-up. */
    public static boolean isAsset(String path) {
        return path.startsWith("/assets/") || path.startsWith("/govuk/") || path.startsWith("/static/");
    }

    private static boolean isPublic(String path) {
        return path.equals("/sign-in") || path.startsWith("/sign-in/oidc") || path.equals("/health")
                || path.equals("/favicon.ico") || isAsset(path) || path.equals("/api/tokens")
                || path.startsWith("/set-password/") || isEventSchema(path);
    }

    /** The events' JSON Schemas: a receiving system has no UCA account, and they describe no one. */
    private static boolean isEventSchema(String path) {
        return path.equals("/api/events/schemas") || path.startsWith("/api/events/schemas/");
    }

    public static boolean isApi(Context ctx) {
        return ctx.path().startsWith("/api/") || ctx.path().equals("/api");
    }

    public void admit(Context ctx) {
        SecurityHeaders.apply(ctx, cookie.secure(ctx), framedBy);
        String path = ctx.path();
        if (isAsset(path)) {
            return;
        }
        Optional<Session> session;
        String authorization = ctx.header("Authorization");
        boolean viaToken = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        if (viaToken && MachineClients.isMachineSecret(authorization.substring(7).strip())) {
            admitMachine(ctx, authorization.substring(7).strip());
            return;
        }
        if (viaToken) {
            session = sessions.find(authorization.substring(7).strip());
        } else {
            session = sessions.find(cookie.value(ctx));
        }
        session.ifPresent(s -> RequestSessions.attach(ctx, s));
        boolean signedIn = session.map(Session::signedIn).orElse(false);
        if (!signedIn && !isPublic(path)) {
            if (isApi(ctx)) {
                ctx.header("WWW-Authenticate", "Bearer");
                throw new HttpProblem(401, "Sign in first",
                        "Send a bearer token from POST /api/tokens, or sign in to the web app first.");
            }
            if (path.startsWith(SecurityHeaders.EMBEDDED)) {
                // framed in another system's screen, where UCA's sign-in page may not be shown: open it on its own
                ctx.status(401).html(SIGN_IN_FIRST);
                ctx.skipRemainingHandlers();
                return;
            }
            ctx.redirect("/sign-in", HttpStatus.SEE_OTHER);
            ctx.skipRemainingHandlers();
            return;
        }
        if (MachineClients.isSyncRoute(ctx)) {
            accounts.accessRefused(session.get().user().staff(), "staff sign-in used on the resident sync route "
                    + ctx.method() + " " + ctx.path());
            throw new HttpProblem(403, "Use a machine credential",
                    "The resident sync takes a machine credential, which an administrator creates; a member of"
                            + " staff's sign-in cannot be used here.");
        }
        String method = ctx.method().name();
        boolean unsafe = !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
        if (unsafe && !viaToken && !path.equals("/api/tokens")) {
            checkCsrf(ctx, session);
        }
    }

    /**
     * A machine credential: live, and on a route of its scope, or refused and audited (no CSRF: it is no browser's); held back after
     * too many wrong ones from the client's address ({@link MachineCredentialLimiter}). Neither the audit trail nor
     * the log ever holds the credential.
     */
    private void admitMachine(Context ctx, String secret) {
        String address = ClientAddress.of(ctx);
        MachineCredentialLimiter.Turn turn = machineLimiter.turn(address);
        if (!turn.check()) {
            AUDIT.warn("refused: too many failed machine credentials from {} (wait {} s) on {} {}", address,
                    turn.seconds(), ctx.method(), ctx.path());
            accounts.signInAttempted("a machine credential", Option.none(), false,
                    "too many failed machine credentials from " + address + "; not checked, wait " + turn.seconds()
                            + " s");
            ctx.header("Retry-After", String.valueOf(turn.seconds()));
            throw new HttpProblem(429, "Too many failed machine credentials",
                    "Too many wrong or revoked machine credentials came from this address. Wait " + turn.seconds()
                            + " seconds (Retry-After) and try again; until then no credential from it is checked.");
        }
        Optional<MachineClient> client = machines.admit(secret).toJavaOptional();
        if (client.isEmpty()) {
            machineLimiter.failed(turn);
            AUDIT.warn("refused: unknown or revoked machine credential on {} {} from {}", ctx.method(), ctx.path(),
                    address);
            accounts.signInAttempted("a machine credential", Option.none(), false,
                    "unknown or revoked machine credential from " + address);
            ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            throw new HttpProblem(401, "Machine credential not accepted",
                    "This machine credential is not known or was revoked; ask an administrator for a new one.");
        }
        if (!MachineClients.isRouteOf(client.get(), ctx)) {
            AUDIT.warn("refused: machine credential {} off its routes on {} {}", client.get().id(),
                    ctx.method(), ctx.path());
            boolean safeVisit = client.get().scope() == Scope.SAFE_VISIT;
            accounts.accessRefused(client.get().auditedAs(), "machine credential " + client.get().id() + " ("
                    + client.get().scope().words() + ") off its routes on " + ctx.method() + " " + ctx.path());
            throw new HttpProblem(403, "Not for a machine credential", safeVisit
                    ? "A safe-visit machine credential may only ask what a visitor must do: GET /api/visits?uprn=…"
                            + " or GET /api/visits?resident=…, and find a property's UPRN by address: GET"
                            + " /api/visits/properties?postcode=…."
                    : "A machine credential may only sync residents: PUT /api/residents/{reference} and"
                            + " POST /api/residents/batch.");
        }
        machineLimiter.succeeded(turn);
        MachineClients.attach(ctx, client.get());
    }

    private void checkCsrf(Context ctx, Optional<Session> session) {
        String submitted = ctx.header("X-CSRF-Token");
        String type = ctx.contentType() == null ? "" : ctx.contentType();
        // A file upload (the resident import) carries the token as a multipart field.
        if (submitted == null && (type.startsWith("application/x-www-form-urlencoded")
                || type.startsWith("multipart/form-data"))) {
            submitted = ctx.formParam("_csrf");
        }
        if (session.isEmpty() || !Sessions.csrfMatches(session.get(), submitted)) {
            AUDIT.warn("refused: CSRF token missing or wrong on {} {} from {}", ctx.method(), ctx.path(), ClientAddress.of(ctx));
            if (session.isPresent() && session.get().signedIn()) {
                accounts.accessRefused(session.get().user().staff(),
                        "CSRF token missing or wrong on " + ctx.method() + " " + ctx.path());
            }
            throw new HttpProblem(403, "This form has expired",
                    "The form's security token is missing or out of date. Go back, reload the page and try again.");
        }
    }
}

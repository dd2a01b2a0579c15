package org.uca.adapter.web.security.oidc;

import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.vavr.control.Either;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.uca.adapter.web.port.Accounts;
import org.uca.adapter.web.port.Colleagues;
import org.uca.adapter.web.port.LinkedAccounts;
import org.uca.adapter.web.security.Session;
import org.uca.adapter.web.security.SessionCookie;
import org.uca.adapter.web.security.Sessions;
import org.uca.domain.people.StaffMember;

/**
 * Signing in with the OpenID Connect provider: {@link #start} sends the browser there with a fresh state, nonce and
 * PKCE challenge (the pending sign-in kept in an encrypted cookie, no server session); {@link #finish} takes the
 * callback, checks its state against the cookie's, redeems the code, checks the ID token, maps the role claim to a
 * role and authority level, and signs the linked account in on a new session.
 */
public final class SingleSignOn {

    private static final Logger AUDIT = LoggerFactory.getLogger("org.uca.audit");

    private final OidcSettings settings;
    private final OpenIdProvider provider;
    private final PendingSignInCookie pendingCookie;
    private final LinkedAccounts accounts;
    private final Colleagues colleagues;
    private final Sessions sessions;
    private final SessionCookie cookie;

    /** How a callback ended: signed in, or refused with a page to show. */
    public sealed interface Outcome {
        <T> T fold(Function<SignedIn, T> signedIn, Function<Refused, T> refused);

        record SignedIn(Session session) implements Outcome {
            @Override
            public <T> T fold(Function<SignedIn, T> signedIn, Function<Refused, T> refused) {
                return signedIn.apply(this);
            }
        }

        record Refused(int status, String heading, String message) implements Outcome {
            @Override
            public <T> T fold(Function<SignedIn, T> signedIn, Function<Refused, T> refused) {
                return refused.apply(this);
            }
        }
    }

    public SingleSignOn(OidcSettings settings, OpenIdProvider provider, String sessionSecret,
            java.time.Clock clock, LinkedAccounts accounts, Colleagues colleagues, Sessions sessions,
            SessionCookie cookie) {
        this.settings = settings;
        this.provider = provider;
        this.pendingCookie = new PendingSignInCookie(sessionSecret, clock);
        this.accounts = accounts;
        this.colleagues = colleagues;
        this.sessions = sessions;
        this.cookie = cookie;
    }

    public String providerName() {
        return settings.providerName();
    }

    /** Sends the browser to the provider; empty (and nothing sent) when the provider cannot be reached. */
    public Optional<Outcome.Refused> start(Context ctx) {
        PendingSignIn pending = pendingCookie.fresh();
        try {
            ctx.redirect(provider.authorizationRequest(pending).toString(), HttpStatus.SEE_OTHER);
        } catch (IOException | GeneralException | RuntimeException e) {
            AUDIT.warn("single sign-on unavailable: {} could not be reached ({})", settings.issuer(), e.getMessage());
            return Optional.of(unavailable());
        }
        pendingCookie.set(ctx, pending, cookie.secure(ctx));
        return Optional.empty();
    }

    /** The provider's callback. */
    public Outcome finish(Context ctx) {
        Optional<PendingSignIn> pending = pendingCookie.take(ctx);
        String state = ctx.queryParam("state");
        if (pending.isEmpty() || state == null || !sameState(pending.get(), state)) {
            AUDIT.warn("single sign-on refused from {}: {}", ctx.ip(), pending.isEmpty()
                    ? "no pending sign-in in this browser (expired, or never started here)"
                    : "the state does not match this browser's sign-in");
            return new Outcome.Refused(400, "Sign-in could not be completed",
                    "This sign-in did not start in this browser, or it took longer than 10 minutes. Start again.");
        }
        String error = ctx.queryParam("error");
        String code = ctx.queryParam("code");
        if (error != null || code == null) {
            AUDIT.warn("single sign-on refused by the provider from {}: {}", ctx.ip(), error == null ? "no code"
                    : error);
            return new Outcome.Refused(401, "Sign-in was not completed", settings.providerName()
                    + " did not sign you in" + ("access_denied".equals(error) ? " (access was denied)" : "")
                    + ". Start again, or ask the service desk.");
        }
        Either<OpenIdProvider.Failure, IDTokenClaimsSet> verified = provider.redeem(code, pending.get());
        if (verified.isLeft()) {
            OpenIdProvider.Failure failure = verified.getLeft();
            AUDIT.warn("single sign-on refused from {}: {}", ctx.ip(), failure.why());
            return failure.providerUnavailable() ? unavailable() : new Outcome.Refused(401,
                    "Sign-in could not be completed", "UCA could not verify the answer from "
                            + settings.providerName() + ". Start again; if it keeps happening, tell the service desk.");
        }
        return signIn(verified.get(), ctx.ip());
    }

    private Outcome signIn(IDTokenClaimsSet token, String address) {
        Map<String, Object> claims = token.toJSONObject();
        LinkedAccounts.Identity identity = identity(token);
        List<String> values = ClaimValues.of(claims, settings.roleClaim());
        Optional<RoleMap.Grant> grant = settings.roles().grantFor(values);
        if (grant.isEmpty()) {
            String why = ClaimValues.overage(claims, settings.roleClaim())
                    ? "the provider left out the " + settings.roleClaim() + " claim (too many groups)"
                    : "no value of the " + settings.roleClaim() + " claim is mapped to a UCA role";
            AUDIT.warn("single sign-on refused: {} ({}) from {}: {}", identity.username(), identity.subject(), address,
                    why);
            accounts.refused(identity, why);
            return new Outcome.Refused(403, "You do not have access to UCA", settings.providerName()
                    + " signed you in, but you are not in a group that gives access to UCA. Ask your manager or the"
                    + " service desk to add you to the right group.");
        }
        RoleMap.Grant given = grant.get();
        Either<String, Accounts.Account> account = accounts.signIn(identity, given.role(), given.level(),
                settings.roleClaim() + " claim value " + given.claimValue());
        Optional<StaffMember> member = account.toJavaOptional().flatMap(a -> colleagues.find(a.staff())
                .toJavaOptional());
        if (account.isLeft() || member.isEmpty()) {
            String why = account.isLeft() ? account.getLeft() : "not in the staff directory";
            AUDIT.warn("single sign-on refused: {} ({}) from {}: {}", identity.username(), identity.subject(), address,
                    why);
            return new Outcome.Refused(403, "You cannot sign in to UCA",
                    "Your UCA account is switched off. Ask a UCA administrator.");
        }
        AUDIT.info("signed in with single sign-on: {} as {} from {}", account.get().username(), account.get().role(),
                address);
        return new Outcome.SignedIn(sessions.start(new Session.SignedIn(account.get().username(),
                account.get().staff(), member.get().name(), account.get().role())));
    }

    private LinkedAccounts.Identity identity(IDTokenClaimsSet token) {
        String email = Optional.ofNullable(token.getStringClaim("email")).orElse("");
        String username = Optional.ofNullable(token.getStringClaim("preferred_username"))
                .filter(u -> !u.isBlank()).orElse(email.isBlank() ? token.getSubject().getValue() : email);
        String name = Optional.ofNullable(token.getStringClaim("name")).filter(n -> !n.isBlank()).orElse(username);
        return new LinkedAccounts.Identity(token.getIssuer().getValue(), token.getSubject().getValue(), name, email,
                username);
    }

    private Outcome.Refused unavailable() {
        return new Outcome.Refused(503, "Sign-in is not available just now", settings.providerName()
                + " cannot be reached just now. Try again in a few minutes.");
    }

    private static boolean sameState(PendingSignIn pending, String returned) {
        return MessageDigest.isEqual(pending.state().getValue().getBytes(StandardCharsets.UTF_8),
                returned.getBytes(StandardCharsets.UTF_8));
    }
}

package org.uca.adapter.web.security.oidc;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.crypto.DirectDecrypter;
import com.nimbusds.jose.crypto.DirectEncrypter;
import com.nimbusds.jwt.EncryptedJWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.Nonce;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;

/**
 * Keeps a {@link PendingSignIn} in the browser between the redirect to the provider and the callback, so an
 * anonymous visitor needs no session on the server: a JWE (direct AES-256-GCM, so it is both secret and
 * tamper-evident) under a key derived from the session secret, in an HttpOnly, SameSite=Lax cookie (Lax: the
 * callback is a top-level navigation from the provider) that lasts ten minutes and is cleared by the callback.
 */
final class PendingSignInCookie {

    static final String NAME = "uca_oidc";
    /** Over HTTPS: the browser then accepts it only from this host, Secure and for path "/". */
    static final String SECURE_NAME = "__Host-uca_oidc";
    static final Duration LIFETIME = Duration.ofMinutes(10);

    private final byte[] key;
    private final Clock clock;

    PendingSignInCookie(String sessionSecret, Clock clock) {
        this.key = derivedKey(sessionSecret);
        this.clock = clock;
    }

    PendingSignIn fresh() {
        return PendingSignIn.fresh(clock.instant().plus(LIFETIME));
    }

    void set(Context ctx, PendingSignIn pending, boolean secure) {
        ctx.res().addHeader("Set-Cookie", (secure ? SECURE_NAME : NAME) + "=" + seal(pending) + "; Path=/; Max-Age="
                + LIFETIME.toSeconds() + "; HttpOnly; SameSite=Lax" + (secure ? "; Secure" : ""));
    }

    /** The pending sign-in this browser holds, if it is intact and not expired; the cookie is cleared either way. */
    Optional<PendingSignIn> take(Context ctx) {
        String value = ctx.cookie(SECURE_NAME);
        if (value == null) {
            value = ctx.cookie(NAME);
        }
        ctx.res().addHeader("Set-Cookie", NAME + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax");
        if (ctx.cookie(SECURE_NAME) != null) {
            ctx.res().addHeader("Set-Cookie", SECURE_NAME + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax; Secure");
        }
        return open(value);
    }

    String seal(PendingSignIn pending) {
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .claim("state", pending.state().getValue())
                .claim("nonce", pending.nonce().getValue())
                .claim("verifier", pending.verifier().getValue())
                .expirationTime(Date.from(pending.expires()))
                .build();
        EncryptedJWT jwt = new EncryptedJWT(new JWEHeader(JWEAlgorithm.DIR, EncryptionMethod.A256GCM), claims);
        try {
            jwt.encrypt(new DirectEncrypter(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("AES-256-GCM is part of every JDK", e);
        }
        return jwt.serialize();
    }

    Optional<PendingSignIn> open(String sealed) {
        if (sealed == null || sealed.isBlank()) {
            return Optional.empty();
        }
        try {
            EncryptedJWT jwt = EncryptedJWT.parse(sealed);
            if (!JWEAlgorithm.DIR.equals(jwt.getHeader().getAlgorithm())
                    || !EncryptionMethod.A256GCM.equals(jwt.getHeader().getEncryptionMethod())) {
                return Optional.empty();
            }
            jwt.decrypt(new DirectDecrypter(key));
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            Date expires = claims.getExpirationTime();
            String state = claims.getStringClaim("state");
            String nonce = claims.getStringClaim("nonce");
            String verifier = claims.getStringClaim("verifier");
            if (expires == null || state == null || nonce == null || verifier == null
                    || !expires.toInstant().isAfter(clock.instant())) {
                return Optional.empty();
            }
            return Optional.of(new PendingSignIn(new State(state), new Nonce(nonce), new CodeVerifier(verifier),
                    expires.toInstant()));
        } catch (ParseException | JOSEException | RuntimeException unreadable) {
            return Optional.empty(); // altered, from another key, or not a JWE at all
        }
    }

    /** A key of its own for this cookie (not the session cookie's HMAC key), from the same secret. */
    private static byte[] derivedKey(String secret) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(("uca pending OpenID Connect sign-in\u0000" + secret).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

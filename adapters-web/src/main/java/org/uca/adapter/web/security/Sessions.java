package org.uca.adapter.web.security;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Sessions kept on the server, named by 256-bit random ids. What the browser holds (the cookie) or an API client
 * holds (the bearer token) is the id with an HMAC-SHA256 of it under the session secret, so forged or altered
 * values are rejected before any look-up. Sessions end after the idle time, or on sign-out.
 */
public final class Sessions {

    private static final int MAX_SESSIONS = 50_000;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Session> byId = new ConcurrentHashMap<>();
    private final SecretKeySpec key;
    private final Duration idle;
    private final Clock clock;

    public Sessions(String secret, Duration idle, Clock clock) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.idle = idle;
        this.clock = clock;
    }

    /** A new session; its signed value goes in the cookie or token. */
    public Session start(Session.SignedIn user) {
        if (byId.size() >= MAX_SESSIONS) {
            sweep();
        }
        Session session = new Session(randomToken(), randomToken(), user, clock.instant());
        byId.put(session.id(), session);
        return session;
    }

    public String signedValue(Session session) {
        return session.id() + "." + sign(session.id());
    }

    /** The live session a signed value names, if the signature holds and it has not expired. */
    public Optional<Session> find(String signedValue) {
        if (signedValue == null) {
            return Optional.empty();
        }
        int dot = signedValue.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String id = signedValue.substring(0, dot);
        byte[] given = signedValue.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(given, sign(id).getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        Session session = byId.get(id);
        if (session == null) {
            return Optional.empty();
        }
        if (session.lastUsed().plus(idle).isBefore(clock.instant())) {
            byId.remove(id);
            return Optional.empty();
        }
        session.used(clock.instant());
        return Optional.of(session);
    }

    public void end(Session session) {
        byId.remove(session.id());
    }

    public java.time.Instant expiresAt(Session session) {
        return session.lastUsed().plus(idle);
    }

    /** Whether a submitted CSRF token is the session's own (compared in constant time). */
    public static boolean csrfMatches(Session session, String submitted) {
        return submitted != null && MessageDigest.isEqual(submitted.getBytes(StandardCharsets.UTF_8),
                session.csrfToken().getBytes(StandardCharsets.UTF_8));
    }

    private void sweep() {
        var cutoff = clock.instant().minus(idle);
        byId.values().removeIf(s -> s.lastUsed().isBefore(cutoff));
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private String sign(String id) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(id.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}

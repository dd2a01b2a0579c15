package org.uca.adapter.web.security;

import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.uca.adapter.web.port.SessionStore;
import org.uca.domain.people.StaffId;

/**
 * Sessions named by 256-bit random ids. What the browser holds (the cookie) or an API client holds (the bearer
 * token) is the id with an HMAC-SHA256 of it under the session secret, so forged or altered values are rejected
 * before any look-up; the store keeps only a SHA-256 of the id. A signed-in session ends after the idle time, at the
 * end of its lifetime whatever its use (OWASP ASVS 3.3.2), on sign-out, or when its account is disabled.
 *
 * <p>An anonymous visitor's session (the sign-in form's CSRF token) is never stored: its cookie is a random nonce
 * signed under the secret, and the form's token is derived from the nonce (a signed double-submit cookie).
 */
public final class Sessions {

    private static final String ANONYMOUS = "anon";

    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;
    private final Duration idle;
    private final Duration lifetime;
    /** A use is written at most this often (the idle time-out is then exact to within it). */
    private final Duration touchEvery;
    private final Clock clock;
    private final SessionStore store;

    public Sessions(String secret, Duration idle, Duration lifetime, Clock clock, SessionStore store) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        this.idle = idle;
        this.lifetime = lifetime;
        this.touchEvery = idle.dividedBy(30);
        this.clock = clock;
        this.store = store;
    }

    /** A new session, stored when someone is signed in on it; its signed value goes in the cookie or token. */
    public Session start(Session.SignedIn user) {
        String id = randomToken();
        Instant now = clock.instant();
        if (user == null) {
            return anonymous(id, now);
        }
        String idHash = hash(id);
        store.save(new SessionStore.Stored(idHash, user.username(), user.staff(), user.name(), user.role(), now, now,
                null));
        return new Session(id, idHash, sign("csrf:" + id), user, now, now, null, store);
    }

    public String signedValue(Session session) {
        return session.signedIn() ? session.id() + "." + sign(session.id())
                : ANONYMOUS + "." + session.id() + "." + sign(ANONYMOUS + ":" + session.id());
    }

    /**
     * The live session a signed value names, if the signature holds and it has not expired: one look-up in the
     * store (none for an anonymous visitor's), and a write at most every {@code idle / 30}.
     */
    public Optional<Session> find(String signedValue) {
        if (signedValue == null) {
            return Optional.empty();
        }
        String[] parts = signedValue.split("\\.", -1);
        if (parts.length == 3 && parts[0].equals(ANONYMOUS) && signatureHolds(ANONYMOUS + ":" + parts[1], parts[2])) {
            return Optional.of(anonymous(parts[1], clock.instant()));
        }
        if (parts.length != 2 || parts[0].isEmpty() || !signatureHolds(parts[0], parts[1])) {
            return Optional.empty();
        }
        String id = parts[0];
        Instant now = clock.instant();
        Option<SessionStore.Stored> found = store.find(hash(id), now.minus(idle), now.minus(lifetime));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SessionStore.Stored s = found.get();
        if (!s.lastUsedAt().isAfter(now.minus(touchEvery))) {
            store.touch(s.idHash(), now);
        }
        return Optional.of(new Session(id, s.idHash(), sign("csrf:" + id),
                new Session.SignedIn(s.username(), s.staff(), s.name(), s.role()), s.startedAt(), now, s.flash(),
                store));
    }

    public void end(Session session) {
        if (session.signedIn()) {
            store.end(session.idHash());
        }
    }

    /** Ends every other session and API token of the member of staff signed in on this one; how many ended. */
    public int endOthers(Session session) {
        return store.endOthers(session.user().staff(), session.idHash());
    }

    /** Ends every session and API token of this member of staff (their account was reset); how many ended. */
    public int endAll(StaffId staff) {
        return store.endOthers(staff, ""); // no session's id hash is empty
    }

    /** When this session ends if not used again: after the idle time, and never after its lifetime. */
    public Instant expiresAt(Session session) {
        Instant idleEnd = session.lastUsed().plus(idle);
        Instant lifeEnd = session.startedAt().plus(lifetime);
        return idleEnd.isBefore(lifeEnd) ? idleEnd : lifeEnd;
    }

    /** Deletes the expired sessions (one statement); how many. */
    public int sweep() {
        Instant now = clock.instant();
        return store.sweep(now.minus(idle), now.minus(lifetime));
    }

    /** Whether a submitted CSRF token is the session's own (compared in constant time). */
    public static boolean csrfMatches(Session session, String submitted) {
        return submitted != null && MessageDigest.isEqual(submitted.getBytes(StandardCharsets.UTF_8),
                session.csrfToken().getBytes(StandardCharsets.UTF_8));
    }

    private Session anonymous(String nonce, Instant now) {
        return new Session(nonce, "", sign("csrf:" + ANONYMOUS + ":" + nonce), null, now, now, null, null);
    }

    private boolean signatureHolds(String signed, String signature) {
        return MessageDigest.isEqual(signature.getBytes(StandardCharsets.US_ASCII),
                sign(signed).getBytes(StandardCharsets.US_ASCII));
    }

    /** What the store keeps instead of the id. */
    static String hash(String id) {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(
                    MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private String sign(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}

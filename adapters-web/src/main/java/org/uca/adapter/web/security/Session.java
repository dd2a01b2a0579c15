package org.uca.adapter.web.security;

import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.uca.adapter.web.port.SessionStore;
import org.uca.application.port.out.Role;
import org.uca.domain.people.StaffId;

/**
 * A browser's session or an API token: who is signed in (nobody yet, on the sign-in page) and its CSRF token. A
 * signed-in session is stored ({@link SessionStore}); an anonymous one lives only in its signed cookie.
 */
public final class Session {

    private final String id;
    private final String idHash;
    private final String csrfToken;
    private final SignedIn user;
    private final Instant startedAt;
    private final Instant lastUsed;
    private final AtomicReference<String> flash;
    /** Where its flash message is kept; null for an anonymous session. */
    private final SessionStore store;

    Session(String id, String idHash, String csrfToken, SignedIn user, Instant startedAt, Instant lastUsed,
            String flash, SessionStore store) {
        this.id = Objects.requireNonNull(id, "id");
        this.idHash = Objects.requireNonNull(idHash, "idHash");
        this.csrfToken = Objects.requireNonNull(csrfToken, "csrfToken");
        this.user = user;
        this.startedAt = Objects.requireNonNull(startedAt, "startedAt");
        this.lastUsed = Objects.requireNonNull(lastUsed, "lastUsed");
        this.flash = new AtomicReference<>(flash);
        this.store = store;
    }

    /** The member of staff signed in, with their account's role. */
    public record SignedIn(String username, StaffId staff, String name, Role role) {
    }

    String id() {
        return id;
    }

    String idHash() {
        return idHash;
    }

    public String csrfToken() {
        return csrfToken;
    }

    public boolean signedIn() {
        return user != null;
    }

    public SignedIn user() {
        if (user == null) {
            throw new IllegalStateException("nobody is signed in");
        }
        return user;
    }

    Instant startedAt() {
        return startedAt;
    }

    Instant lastUsed() {
        return lastUsed;
    }

    /** A message for the next page shown (post/redirect/get), kept with the session so any server shows it. */
    public void flash(String message) {
        flash.set(message);
        if (store != null) {
            store.flash(idHash, message);
        }
    }

    public String takeFlash() {
        String message = flash.getAndSet(null);
        if (message != null && store != null) {
            store.flash(idHash, null);
        }
        return message;
    }
}

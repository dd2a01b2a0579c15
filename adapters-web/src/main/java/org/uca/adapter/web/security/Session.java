package org.uca.adapter.web.security;

import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.uca.application.port.out.Role;
import org.uca.domain.people.StaffId;

/** A browser's session or an API token: who is signed in (nobody yet, on the sign-in page) and its CSRF token. */
public final class Session {

    private final String id;
    private final String csrfToken;
    private final SignedIn user;
    private final AtomicReference<Instant> lastUsed;
    private final AtomicReference<String> flash = new AtomicReference<>();

    Session(String id, String csrfToken, SignedIn user, Instant now) {
        this.id = Objects.requireNonNull(id, "id");
        this.csrfToken = Objects.requireNonNull(csrfToken, "csrfToken");
        this.user = user;
        this.lastUsed = new AtomicReference<>(now);
    }

    /** The member of staff signed in, with their account's role. */
    public record SignedIn(String username, StaffId staff, String name, Role role) {
    }

    String id() {
        return id;
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

    Instant lastUsed() {
        return lastUsed.get();
    }

    void used(Instant now) {
        lastUsed.set(now);
    }

    /** A message for the next page shown (post/redirect/get). */
    public void flash(String message) {
        flash.set(message);
    }

    public String takeFlash() {
        return flash.getAndSet(null);
    }
}

package org.uca.application.port.out;

import java.time.Instant;
import java.util.Objects;

/** A one-time set-password link as stored: only the hash of its token, and when it stops working. */
public record SetPasswordLink(String tokenHash, Instant expiresAt) {
    public SetPasswordLink {
        Objects.requireNonNull(tokenHash, "tokenHash");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "SetPasswordLink[expires " + expiresAt + "]";
    }
}

package org.uca.adapter.web.port;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.uca.application.port.out.Role;
import org.uca.domain.people.StaffId;

/**
 * Where signed-in sessions and API tokens are kept, shared by every UCA process on the same database (so they
 * survive a restart). A session is known only by the hash of its id: whoever reads the store cannot use it.
 * Anonymous visitors have no stored session.
 */
public interface SessionStore {

    /**
     * A stored session (a browser's, or an API client's bearer token: they are the same thing).
     *
     * @param idHash   the SHA-256 of the session id (base64url), never the id
     * @param role     the role at sign-in; the store answers with the account's current role where it has it
     * @param flash    a message for the next page shown (post/redirect/get), or null
     */
    record Stored(String idHash, String username, StaffId staff, String name, Role role,
            Instant startedAt, Instant lastUsedAt, String flash) {
        public Stored {
            Objects.requireNonNull(idHash, "idHash");
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(staff, "staff");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(startedAt, "startedAt");
            Objects.requireNonNull(lastUsedAt, "lastUsedAt");
        }
    }

    void save(Stored session);

    /**
     * The live session with this id hash, in one look-up: used since {@code idleSince}, started since
     * {@code startedSince}, and its member of staff's account not disabled.
     */
    Option<Stored> find(String idHash, Instant idleSince, Instant startedSince);

    /** Records a use (for the idle time-out). */
    void touch(String idHash, Instant at);

    /** Sets (or, with null, clears) the message for the next page. */
    void flash(String idHash, String message);

    void end(String idHash);

    /** Ends every session and token of this member of staff but the one named; how many ended. */
    int endOthers(StaffId staff, String keepIdHash);

    /** Deletes the sessions that have expired, in one statement; how many. */
    int sweep(Instant idleSince, Instant startedSince);
}

package org.uca.application.port.out;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.uca.domain.people.StaffId;

/**
 * The machine client credentials an administrator creates for another system (the housing system's nightly sync):
 * each known by the hash of its secret only, so whoever reads the store cannot use one.
 */
public interface MachineCredentials {

    /** The one job a machine credential may do. */
    enum Scope {
        RESIDENT_SYNC("resident sync"),
        /** A contractor's system asking what a visitor must do at a property or for a resident (issue 14 §1). */
        SAFE_VISIT("safe-visit look-ups");

        private final String words;

        Scope(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /**
     * A credential as kept: never its secret.
     *
     * @param id a short public id, to name it in lists, audit entries and the revoke address
     */
    record MachineCredential(String id, String name, Scope scope, Instant createdAt, StaffId createdBy,
            Option<Instant> revokedAt, Option<Instant> lastUsedAt) {
        public MachineCredential {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(createdBy, "createdBy");
            Objects.requireNonNull(revokedAt, "revokedAt");
            Objects.requireNonNull(lastUsedAt, "lastUsedAt");
        }

        public boolean revoked() {
            return revokedAt.isDefined();
        }
    }

    /** Keeps a new credential under the hash of its secret. */
    void add(MachineCredential credential, String secretHash);

    /** Every credential, newest first. */
    Seq<MachineCredential> all();

    Option<MachineCredential> find(String id);

    /** The credential this secret's hash belongs to, unless it was revoked. */
    Option<MachineCredential> active(String secretHash);

    void revoke(String id, Instant at);

    /** Records that the credential was used (the list shows when it was last). */
    void used(String id, Instant at);
}

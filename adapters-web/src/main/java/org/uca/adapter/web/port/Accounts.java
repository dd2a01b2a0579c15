package org.uca.adapter.web.port;

import io.vavr.control.Option;
import java.util.Objects;
import org.uca.application.port.out.Role;
import org.uca.domain.people.StaffId;

/** The sign-in accounts: who may sign in, with which password hash, as which member of staff, in which role. */
public interface Accounts {

    Option<Account> find(String username);

    /**
     * Every sign-in attempt, for the audit trail.
     *
     * @param staff the member of staff signed in as, when the username is known
     */
    default void signInAttempted(String username, Option<StaffId> staff, boolean succeeded, String why) {
    }

    /** A signed-in user asked for something their role does not allow; for the audit trail. */
    default void accessRefused(StaffId staff, String what) {
    }

    /**
     * @param passwordHash a password4j Argon2id (or bcrypt) hash, never the password; empty while none is set
     * @param standing     whether it may sign in: only an active account may
     */
    record Account(String username, String passwordHash, StaffId staff, Role role, Standing standing) {
        public Account {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(passwordHash, "passwordHash");
            Objects.requireNonNull(staff, "staff");
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(standing, "standing");
        }

        /** An active account with its password set. */
        public Account(String username, String passwordHash, StaffId staff, Role role) {
            this(username, passwordHash, staff, role, Standing.ACTIVE);
        }
    }

    /** Whether an account may sign in, and if not, why (for the audit trail; the person is told only "no"). */
    enum Standing {
        ACTIVE("signed in"),
        DISABLED("the account is disabled"),
        PASSWORD_NOT_SET("no password set yet (the one-time link has not been used)");

        private final String why;

        Standing(String why) {
            this.why = why;
        }

        public String why() {
            return why;
        }
    }
}

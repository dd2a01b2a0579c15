package org.uca.adapter.persistence;

import io.vavr.control.Option;
import java.util.Objects;
import org.uca.application.port.out.Role;
import org.uca.domain.people.StaffId;

/**
 * A sign-in account as stored for the web adapter: the password only as a hash (empty until its holder sets one
 * from the one-time link), the role it signs in as, and when it was disabled, if it was. Neither an account without
 * a password nor a disabled one may sign in.
 */
public record StoredAccount(String username, String passwordHash, StaffId staff, Role role,
        Option<java.time.Instant> disabledAt) {

    public StoredAccount {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(disabledAt, "disabledAt");
    }

    public boolean passwordSet() {
        return !passwordHash.isEmpty();
    }

    public boolean disabled() {
        return disabledAt.isDefined();
    }

    @Override
    public String toString() {
        return "StoredAccount[" + username + " for " + staff + " as " + role + (disabled() ? ", disabled" : "") + "]";
    }
}

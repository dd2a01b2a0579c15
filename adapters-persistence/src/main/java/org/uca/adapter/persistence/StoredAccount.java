package org.uca.adapter.persistence;

import java.util.Objects;
import org.uca.application.port.out.Role;
import org.uca.domain.people.StaffId;

/** A sign-in account as stored for the web adapter: the password only as a hash, and the role it signs in as. */
public record StoredAccount(String username, String passwordHash, StaffId staff, Role role) {

    public StoredAccount {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(role, "role");
    }

    @Override
    public String toString() {
        return "StoredAccount[" + username + " for " + staff + " as " + role + "]";
    }
}

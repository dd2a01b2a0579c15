package org.uca.application.port.out;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.uca.domain.people.StaffId;

/**
 * A member of staff's sign-in account as administrators see it: its username, whose it is, the role it gives them,
 * and its standing (never the password or its hash).
 *
 * @param passwordSet    false until its holder sets a password from the one-time link
 * @param disabledAt     when an administrator disabled it (it may not sign in, and its sessions end)
 * @param failedSignIns  failed sign-ins counted against it since the last success or unlock
 * @param linkExpiresAt  when its one-time set-password link stops working, if one is outstanding
 */
public record SignInAccount(String username, StaffId staff, Role role, boolean passwordSet,
        Option<Instant> disabledAt, int failedSignIns, Option<Instant> linkExpiresAt) {

    public SignInAccount {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(staff, "staff");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(disabledAt, "disabledAt");
        Objects.requireNonNull(linkExpiresAt, "linkExpiresAt");
    }

    public boolean disabled() {
        return disabledAt.isDefined();
    }

    /** The account's standing as an audit entry shows it (before and after a change). */
    public String standing() {
        return (disabled() ? "disabled" : "active") + ", role " + role.name() + ", password "
                + (passwordSet ? "set" : "not set") + ", " + failedSignIns + " failed sign-ins";
    }
}

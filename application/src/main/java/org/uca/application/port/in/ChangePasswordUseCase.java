package org.uca.application.port.in;

import io.vavr.control.Either;
import java.util.Objects;
import org.uca.domain.people.StaffId;

/**
 * Everyone signed in changes their own password, giving the current one first. Passwords are as NCSC and OWASP ASVS
 * 2.1 advise: at least 12 characters, up to 128, no composition rules, never one on the bundled list of common
 * passwords nor the username. Someone who signs in with single sign-on has no UCA password: not permitted.
 */
public interface ChangePasswordUseCase {

    /** Returns the account's username. */
    Either<Failure, String> changePassword(ChangePassword command);

    record ChangePassword(StaffId actingStaff, String currentPassword, String password, String confirmation) {
        public ChangePassword {
            Objects.requireNonNull(actingStaff, "actingStaff");
        }

        @Override
        public String toString() {
            return "ChangePassword[" + actingStaff + "]";
        }
    }
}

package org.uca.application.port.in;

import io.vavr.control.Either;
import java.time.Instant;
import java.util.Objects;
import org.uca.application.port.out.Page;
import org.uca.application.port.out.Role;
import org.uca.application.port.out.SignInAccount;
import org.uca.application.port.out.SignInAccounts.AccountListing;
import org.uca.domain.people.StaffId;

/**
 * An administrator keeps the sign-in accounts: creates one for a member of staff (with a one-time link for its
 * holder to set a password), resets one (a new link; the old password stops working), disables one (it may not
 * sign in; its sessions and API tokens stop), enables a disabled one again (its ended sessions stay ended; not for
 * someone who has left) and unlocks one (its failed sign-ins are forgotten). The last active administrator cannot be
 * disabled; every change is audited with before and after.
 */
public interface ManageAccountsUseCase {

    Either<Failure, LinkIssued> createAccount(CreateAccount command);

    Either<Failure, LinkIssued> resetAccount(AccountChange command);

    Either<Failure, SignInAccount> disableAccount(AccountChange command);

    /** Lets a disabled account sign in again; the sessions and API tokens it had stay ended. */
    Either<Failure, SignInAccount> enableAccount(AccountChange command);

    Either<Failure, SignInAccount> unlockAccount(AccountChange command);

    /** The accounts whose username or holder's name contain the text, a page at a time, by username. */
    Either<Failure, Page<AccountListing>> findAccounts(StaffId askedBy, String search, int page);

    record CreateAccount(StaffId actingStaff, StaffId staff, String username, Role role) {
        public CreateAccount {
            Objects.requireNonNull(actingStaff, "actingStaff");
            Objects.requireNonNull(staff, "staff");
            Objects.requireNonNull(role, "role");
        }
    }

    record AccountChange(StaffId actingStaff, String username) {
        public AccountChange {
            Objects.requireNonNull(actingStaff, "actingStaff");
        }
    }

    /**
     * A one-time set-password link's token, to hand to the account's holder now: only its hash is kept, so it
     * cannot be shown again (a reset gives a new one).
     *
     * @param staff the account's holder (a reset ends their sessions and API tokens, which the web adapter keeps)
     */
    record LinkIssued(String username, StaffId staff, String token, Instant expiresAt) {
        public LinkIssued {
            Objects.requireNonNull(username, "username");
            Objects.requireNonNull(staff, "staff");
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }

        @Override
        public String toString() {
            return "LinkIssued[" + username + ", expires " + expiresAt + "]";
        }
    }
}

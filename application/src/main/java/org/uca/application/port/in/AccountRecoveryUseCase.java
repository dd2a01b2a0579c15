package org.uca.application.port.in;

import io.vavr.control.Either;
import java.util.Objects;
import org.uca.application.port.out.Page;
import org.uca.application.port.out.SignInAccount;
import org.uca.application.port.out.SignInAccounts.AccountListing;

/**
 * What whoever runs UCA's server does from its command line when no one can sign in: create the first
 * administrator (only while there is no active one), list accounts, disable, enable again and unlock one. No member of staff runs
 * these: they are audited as {@link #BY}.
 */
public interface AccountRecoveryUseCase {

    /** Who the audit log names for these. */
    String BY = "system:cli";

    /** Creates the staff record and an administrator's account with the password; refused while one is active. */
    Either<Failure, SignInAccount> createFirstAdministrator(FirstAdministrator command);

    Either<Failure, Page<AccountListing>> listAccounts(String search, int page);

    Either<Failure, SignInAccount> disableAccount(String username);

    Either<Failure, SignInAccount> enableAccount(String username);

    Either<Failure, SignInAccount> unlockAccount(String username);

    record FirstAdministrator(String username, String name, String email, String password, String confirmation) {
        public FirstAdministrator {
            Objects.requireNonNull(username, "username");
        }

        @Override
        public String toString() {
            return "FirstAdministrator[" + username + "]";
        }
    }
}

package org.uca.application.port.out;

import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import org.uca.domain.people.StaffId;

/**
 * The sign-in accounts, for administration: one per member of staff, which gives them their role in UCA. Writes
 * happen inside the caller's unit of work; a duplicate username or a second account for one member of staff is
 * refused with {@link StoredValueRejected}.
 */
public interface SignInAccounts {

    Option<SignInAccount> account(String username);

    Option<SignInAccount> accountOf(StaffId staff);

    /** Accounts whose username or holder's name contain the text (any case), by username. */
    Page<AccountListing> searchAccounts(String text, int page, int size);

    /** A new account with no password yet: its holder sets one from the link (if none, with {@link #setPassword}). */
    void create(String username, StaffId staff, Role role, Option<SetPasswordLink> link);

    /** Gives the account a new one-time link, replacing any other, and removes its password. */
    void issueLink(String username, SetPasswordLink link);

    /** The account whose link has this token hash, while the link has not expired. */
    Option<SignInAccount> byLink(String tokenHash, Instant now);

    /** Sets the password hash and ends any outstanding link (a link works once). */
    void setPassword(String username, String passwordHash);

    /** The account's password hash, if a password is set; for checking a password only. */
    Option<String> passwordHash(String username);

    void changeRole(String username, Role role);

    void disable(String username, Instant at);

    /**
     * Lets a disabled account sign in again. The sessions and API tokens it had before stay ended: a store that
     * keeps sessions ends them here, in the same unit of work.
     */
    void enable(String username);

    /** Sets the failed sign-in count back to 0. */
    void unlock(String username);

    /**
     * How many administrators can sign in now (account not disabled, password set, not left). A store that runs
     * several writers at once holds those accounts until the unit of work ends, so two administrators cannot each
     * disable the other.
     */
    int activeAdministrators();

    /** An account with its holder's name, for a list. */
    /** An account in a list, with its holder's name and the day they left, if they have. */
    record AccountListing(SignInAccount account, String name, Option<LocalDate> holderLeftOn) {
        public AccountListing(SignInAccount account, String name) {
            this(account, name, Option.none());
        }
    }
}

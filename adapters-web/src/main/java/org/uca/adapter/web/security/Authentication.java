package org.uca.adapter.web.security;

import io.vavr.control.Option;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.uca.adapter.web.port.Accounts;
import org.uca.adapter.web.port.Colleagues;
import org.uca.application.port.in.Failure;
import org.uca.domain.people.StaffMember;

/**
 * Checks a username and password, with growing delays ({@link SignInLimiter}) and an audit entry; the sign-in page
 * and API tokens share it. A username that is no account's is never logged as typed ({@link LoggedUsername}).
 */
public final class Authentication {

    private static final Logger AUDIT = LoggerFactory.getLogger("org.uca.audit");

    private final Accounts accounts;
    private final Colleagues colleagues;
    private final Sessions sessions;
    private final SignInLimiter limiter;
    private final LoggedUsername logged = new LoggedUsername();
    private final boolean localPasswords;

    public Authentication(Accounts accounts, Colleagues colleagues, Sessions sessions, SignInLimiter limiter) {
        this(accounts, colleagues, sessions, limiter, true);
    }

    /** @param localPasswords false when the landlord signs staff in with single sign-on only */
    public Authentication(Accounts accounts, Colleagues colleagues, Sessions sessions, SignInLimiter limiter,
            boolean localPasswords) {
        this.accounts = accounts;
        this.colleagues = colleagues;
        this.sessions = sessions;
        this.limiter = limiter;
        this.localPasswords = localPasswords;
    }

    /** Whether UCA's own passwords are accepted at all. */
    public boolean localPasswords() {
        return localPasswords;
    }

    /**
     * The result of a sign-in attempt: a new session, or the error to show with its status.
     *
     * @param retryAfter how long to wait before trying again (a 429), zero otherwise
     */
    public record Outcome(Session session, String error, int status, Duration retryAfter) {
        public Outcome(Session session, String error, int status) {
            this(session, error, status, Duration.ZERO);
        }

        public boolean signedIn() {
            return session != null;
        }

        /** {@code Retry-After} in whole seconds, rounded up. */
        public long retryAfterSeconds() {
            return (retryAfter.toMillis() + 999) / 1000;
        }
    }

    /** @param address the client's address ({@link ClientAddress#of}) */
    public Outcome authenticate(String username, String password, String address) {
        if (!localPasswords) {
            String who = logged.of(username, null);
            AUDIT.warn("sign-in refused (passwords are switched off): {} from {}", who, address);
            accounts.signInAttempted(who, Option.none(), false, "UCA passwords are switched off");
            return new Outcome(null, "UCA passwords are switched off here: sign in with your organisation's"
                    + " account.", 403);
        }
        SignInLimiter.Turn turn = limiter.attempt(username, address);
        if (!turn.evaluate()) { // turned away without reading the account: a burst of guesses costs little
            String who = logged.of(username, turn.account() ? username : null);
            AUDIT.warn("sign-in refused (too many attempts; wait {} s): {} from {}", turn.seconds(), who, address);
            accounts.signInAttempted(who, Option.none(), false, "too many attempts");
            return new Outcome(null, "Too many failed sign-in attempts. Wait " + inWords(turn.seconds())
                    + " and try again.", 429, Duration.ofSeconds(turn.seconds()));
        }
        Option<Accounts.Account> account = username.isEmpty() ? Option.none() : accounts.find(username);
        String who = logged.of(username, account.map(Accounts.Account::username).getOrNull());
        boolean matches;
        if (account.isEmpty() || account.get().passwordHash().isEmpty()) {
            Passwords.decoyCheck(password); // as long as a real check, so no one can tell which accounts exist
            matches = false;
        } else {
            matches = Passwords.matches(password, account.get().passwordHash());
        }
        Option<StaffMember> member = account.flatMap(a -> colleagues.find(a.staff()));
        // A disabled account, or one whose password is not set yet, never signs in; it is told no more than a
        // wrong password is, so nobody learns which accounts exist or are disabled.
        Option<Accounts.Standing> refusedStanding = account.map(Accounts.Account::standing)
                .filter(standing -> standing != Accounts.Standing.ACTIVE);
        if (!matches || member.isEmpty() || refusedStanding.isDefined()) {
            AUDIT.warn("sign-in failed: {} from {}", who, address);
            accounts.signInAttempted(who, account.map(Accounts.Account::staff), false,
                    refusedStanding.isDefined() ? refusedStanding.get().why()
                            : matches ? "not in the staff directory" : "wrong username or password");
            return new Outcome(null, "Enter a correct username and password.", 401);
        }
        limiter.succeeded(username, address);
        AUDIT.info("signed in: {} as {} from {}", who, account.get().role(), address);
        accounts.signInAttempted(who, Option.some(account.get().staff()), true, "signed in");
        Session session = sessions.start(new Session.SignedIn(username, account.get().staff(),
                member.get().name(), account.get().role()));
        return new Outcome(session, null, 200);
    }

    /**
     * The current password given to change one's own is a guess like a sign-in's (OWASP ASVS 2.2.1), so the sign-in
     * limiter counts it for the account and address: like a sign-in, it is counted as a failure before it is checked
     * ({@link #currentPasswordChecked} clears that when it was right). When the delay applies, the answer says how long
     * to wait and the password must not be checked.
     */
    public SignInLimiter.Turn currentPasswordAttempt(String username, String address) {
        SignInLimiter.Turn turn = limiter.attempt(username, address);
        if (!turn.evaluate()) {
            AUDIT.warn("password change refused (too many wrong current passwords; wait {} s): {} from {}",
                    turn.seconds(), username, address);
        }
        return turn;
    }

    /** After {@link #currentPasswordAttempt}: a wrong current password stays counted; anything else clears it. */
    public void currentPasswordChecked(String username, String address, boolean wrong) {
        if (wrong) {
            AUDIT.warn("password change: wrong current password for {} from {}", username, address);
        } else {
            limiter.succeeded(username, address);
        }
    }

    /** Whether changing one's password was refused for a wrong current password (the field's error). */
    public static boolean wrongCurrentPassword(io.vavr.control.Either<Failure, ?> change) {
        return change.isLeft() && change.getLeft() instanceof Failure.Refused refused
                && refused.refusal().problems().exists(p -> p.field().equals("currentPassword"));
    }

    /** What to tell someone whose current password may not be checked yet. */
    public static String tooManyWrongPasswords(SignInLimiter.Turn turn) {
        return "Too many wrong passwords. Wait " + inWords(turn.seconds()) + " and try again.";
    }

    private static String inWords(long seconds) {
        if (seconds < 120) {
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        long minutes = (seconds + 59) / 60;
        return minutes + " minutes";
    }
}

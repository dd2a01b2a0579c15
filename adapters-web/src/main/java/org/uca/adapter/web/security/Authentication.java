package org.uca.adapter.web.security;

import io.vavr.control.Option;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.uca.adapter.web.port.Accounts;
import org.uca.adapter.web.port.Colleagues;
import org.uca.domain.people.StaffMember;

/** Checks a username and password, with rate limiting and an audit entry; the sign-in page and API tokens share it. */
public final class Authentication {

    private static final Logger AUDIT = LoggerFactory.getLogger("org.uca.audit");

    private final Accounts accounts;
    private final Colleagues colleagues;
    private final Sessions sessions;
    private final SignInLimiter limiter;
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

    /** The result of a sign-in attempt: a new session, or the error to show with its status. */
    public record Outcome(Session session, String error, int status) {
        public boolean signedIn() {
            return session != null;
        }
    }

    public Outcome authenticate(String username, String password, String address) {
        if (!localPasswords) {
            AUDIT.warn("sign-in refused (passwords are switched off): {} from {}", username, address);
            accounts.signInAttempted(username, Option.none(), false, "UCA passwords are switched off");
            return new Outcome(null, "UCA passwords are switched off here: sign in with your organisation's"
                    + " account.", 403);
        }
        if (limiter.blocked(username, address)) {
            AUDIT.warn("sign-in refused (too many attempts): {} from {}", username, address);
            accounts.signInAttempted(username, Option.none(), false, "too many attempts");
            return new Outcome(null, "Too many failed sign-in attempts. Wait 15 minutes and try again.", 429);
        }
        Option<Accounts.Account> account = username.isEmpty() ? Option.none() : accounts.find(username);
        boolean matches;
        if (account.isEmpty()) {
            Passwords.decoyCheck(password);
            matches = false;
        } else {
            matches = Passwords.matches(password, account.get().passwordHash());
        }
        Option<StaffMember> member = account.flatMap(a -> colleagues.find(a.staff()));
        if (!matches || member.isEmpty()) {
            limiter.failed(username, address);
            AUDIT.warn("sign-in failed: {} from {}", username, address);
            accounts.signInAttempted(username, account.map(Accounts.Account::staff), false,
                    matches ? "not in the staff directory" : "wrong username or password");
            return new Outcome(null, "Enter a correct username and password.", 401);
        }
        limiter.succeeded(username);
        AUDIT.info("signed in: {} as {} from {}", username, account.get().role(), address);
        accounts.signInAttempted(username, Option.some(account.get().staff()), true, "signed in");
        Session session = sessions.start(new Session.SignedIn(username, account.get().staff(), member.get().name(),
                account.get().role()));
        return new Outcome(session, null, 200);
    }
}

package org.uca.adapter.web.port;

import io.vavr.control.Either;
import java.util.Objects;
import org.uca.application.port.out.Role;
import org.uca.domain.people.AuthorityLevel;

/**
 * Sign-in accounts linked to an OpenID Connect provider's people, by the issuer and its stable subject id (never by
 * email or username, which a provider may reassign). Every call is audited by the implementation.
 */
public interface LinkedAccounts {

    /**
     * Someone the provider vouched for.
     *
     * @param username what the provider calls them ({@code preferred_username}, else their email), for a new account
     */
    record Identity(String issuer, String subject, String name, String email, String username) {
        public Identity {
            Objects.requireNonNull(issuer, "issuer");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(username, "username");
        }
    }

    /**
     * Signs in the account linked to this identity, creating the member of staff and their account on their first
     * sign-in, and giving them this role and level (the provider's groups decide, at every sign-in; a change is
     * audited with before and after).
     *
     * @param because which claim value gave the role, for the audit trail
     * @return the account signed in as, or why not (its account is disabled)
     */
    Either<String, Accounts.Account> signIn(Identity identity, Role role, AuthorityLevel level, String because);

    /** Someone the provider vouched for was refused (no mapped group, say); for the audit trail. */
    void refused(Identity identity, String why);

    /** For a UCA without single sign-on. */
    LinkedAccounts NONE = new LinkedAccounts() {
        @Override
        public Either<String, Accounts.Account> signIn(Identity identity, Role role, AuthorityLevel level,
                String because) {
            return Either.left("single sign-on is not set up");
        }

        @Override
        public void refused(Identity identity, String why) {
        }
    };
}

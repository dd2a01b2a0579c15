package org.uca.adapter.web.security;

import java.util.Objects;
import java.util.Optional;
import org.uca.adapter.web.security.oidc.OidcSettings;

/**
 * How staff may sign in: with a UCA username and password, with the landlord's OpenID Connect provider, or both.
 *
 * @param localPasswords whether UCA's own passwords are accepted (the sign-in form and {@code POST /api/tokens})
 * @param singleSignOn   the OpenID Connect provider, when there is one
 */
public record SignInOptions(boolean localPasswords, Optional<OidcSettings> singleSignOn) {

    public SignInOptions {
        Objects.requireNonNull(singleSignOn, "singleSignOn");
        if (!localPasswords && singleSignOn.isEmpty()) {
            throw new IllegalArgumentException("Local passwords can be switched off only when single sign-on is"
                    + " set up: nobody could sign in.");
        }
    }

    /** UCA's own passwords only. */
    public static SignInOptions passwordsOnly() {
        return new SignInOptions(true, Optional.empty());
    }
}

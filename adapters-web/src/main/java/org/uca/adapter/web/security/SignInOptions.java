package org.uca.adapter.web.security;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import org.uca.adapter.web.security.oidc.OidcSettings;

/**
 * How staff may sign in: with a UCA username and password, with the landlord's OpenID Connect provider, or both.
 *
 * @param localPasswords whether UCA's own passwords are accepted (the sign-in form and {@code POST /api/tokens})
 * @param singleSignOn   the OpenID Connect provider, when there is one
 * @param publicUrl      {@code UCA_PUBLIC_URL}, when set: the address staff use, which links handed out start with
 */
public record SignInOptions(boolean localPasswords, Optional<OidcSettings> singleSignOn, Optional<URI> publicUrl) {

    public SignInOptions {
        Objects.requireNonNull(singleSignOn, "singleSignOn");
        Objects.requireNonNull(publicUrl, "publicUrl");
        if (!localPasswords && singleSignOn.isEmpty()) {
            throw new IllegalArgumentException("Local passwords can be switched off only when single sign-on is"
                    + " set up: nobody could sign in.");
        }
    }

    /** Without a public address: links start with the request's scheme and host. */
    public SignInOptions(boolean localPasswords, Optional<OidcSettings> singleSignOn) {
        this(localPasswords, singleSignOn, Optional.empty());
    }

    /** The same, with links handed out starting with this address. */
    public SignInOptions reachedAt(Optional<URI> address) {
        return new SignInOptions(localPasswords, singleSignOn, address);
    }

    /** UCA's own passwords only. */
    public static SignInOptions passwordsOnly() {
        return new SignInOptions(true, Optional.empty());
    }
}

package org.uca.adapter.web.security.oidc;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * How UCA signs staff in with an OpenID Connect provider.
 *
 * @param issuer       the provider's issuer URL; its discovery document is at {@code /.well-known/openid-configuration}
 * @param clientId     UCA's client (application) id at the provider; ID tokens must name it as their audience
 * @param clientSecret the client secret, sent only to the provider's token endpoint
 * @param redirectUri  UCA's callback, {@code <public URL>/sign-in/oidc/callback}, as registered at the provider
 * @param roleClaim    the ID token claim holding groups or roles ({@code groups}, {@code roles}; a dotted path
 *                     such as {@code realm_access.roles} reaches into an object)
 * @param roles        which claim values give which role and authority level
 * @param providerName shown on the button: "Sign in with …"
 * @param clockSkew    how far the provider's clock may differ from UCA's when the token's times are checked
 */
public record OidcSettings(URI issuer, String clientId, String clientSecret, URI redirectUri, String roleClaim,
        RoleMap roles, String providerName, Duration clockSkew) {

    public static final String CALLBACK_PATH = "/sign-in/oidc/callback";

    public OidcSettings {
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(clientSecret, "clientSecret");
        Objects.requireNonNull(redirectUri, "redirectUri");
        Objects.requireNonNull(roleClaim, "roleClaim");
        Objects.requireNonNull(roles, "roles");
        Objects.requireNonNull(providerName, "providerName");
        Objects.requireNonNull(clockSkew, "clockSkew");
    }

    /** Never shows the client secret. */
    @Override
    public String toString() {
        return "OidcSettings[issuer=" + issuer + ", clientId=" + clientId + ", redirectUri=" + redirectUri
                + ", roleClaim=" + roleClaim + ", roles=" + roles + "]";
    }
}

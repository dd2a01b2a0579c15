package org.uca.adapter.web.security.oidc;

import com.nimbusds.oauth2.sdk.id.State;
import com.nimbusds.oauth2.sdk.pkce.CodeVerifier;
import com.nimbusds.openid.connect.sdk.Nonce;
import java.time.Instant;
import java.util.Objects;

/**
 * A sign-in sent to the provider and not yet back: the state (ties the callback to this browser), the nonce (ties
 * the ID token to this sign-in) and the PKCE code verifier (only this browser's sign-in can redeem the code).
 */
record PendingSignIn(State state, Nonce nonce, CodeVerifier verifier, Instant expires) {

    PendingSignIn {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(verifier, "verifier");
        Objects.requireNonNull(expires, "expires");
    }

    /** A new one, each value fresh from a secure random source (Nimbus: 256 bits each). */
    static PendingSignIn fresh(Instant expires) {
        return new PendingSignIn(new State(), new Nonce(), new CodeVerifier(), expires);
    }
}

package org.uca.adapter.web.security.oidc;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.Nonce;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.validators.IDTokenValidator;
import io.vavr.control.Either;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;

/**
 * The checks an ID token must pass before UCA believes it (OpenID Connect Core 3.1.3.7), by Nimbus's
 * {@link IDTokenValidator}: signed (never "none", never an HMAC under a shared secret) by a key in the issuer's
 * JWKS, by this issuer, for this client (audience), not expired, not issued in the future, with this sign-in's
 * nonce; and here, issued to this client when it names an authorised party ("azp"), and not used before its "nbf".
 * Times allow the skew.
 */
final class IdTokenCheck {

    private final IDTokenValidator validator;
    private final ClientID client;
    private final Duration skew;
    private final Clock clock;

    IdTokenCheck(Issuer issuer, ClientID client, JWSKeySelector<SecurityContext> keys, Duration skew, Clock clock) {
        this.validator = new IDTokenValidator(issuer, client, keys, null);
        this.validator.setMaxClockSkew((int) skew.toSeconds());
        this.client = client;
        this.skew = skew;
        this.clock = clock;
    }

    /** The token's claims, or why it is refused (for the audit trail; never shown with the token). */
    Either<String, IDTokenClaimsSet> check(JWT idToken, Nonce expected) {
        IDTokenClaimsSet claims;
        try {
            claims = validator.validate(idToken, expected);
        } catch (BadJOSEException | JOSEException refused) {
            return Either.left("the ID token was refused: " + refused.getMessage());
        }
        // Nimbus reads "azp" but leaves its value to the client (OpenID Connect Core 3.1.3.7, step 5).
        String authorisedParty = claims.getStringClaim("azp");
        if (authorisedParty != null && !authorisedParty.equals(client.getValue())) {
            return Either.left("the ID token was refused: it was issued to another authorized party (azp) "
                    + authorisedParty);
        }
        Date notBefore = claims.getDateClaim("nbf");
        if (notBefore != null && notBefore.toInstant().isAfter(clock.instant().plus(skew))) {
            return Either.left("the ID token was refused: it is not valid before " + notBefore.toInstant());
        }
        return Either.right(claims);
    }
}

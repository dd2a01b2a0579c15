package org.uca.adapter.web.security.oidc;

import static org.assertj.core.api.Assertions.assertThat;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.Nonce;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The ID token checks of OpenID Connect Core 3.1.3.7, each shown to refuse a token that breaks it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdTokenCheckTest {

    static final String ISSUER = "https://login.example.org/tenant/v2.0";
    static final String CLIENT = "uca-client";
    static final Nonce NONCE = new Nonce("the-sign-in's-nonce");

    RSAKey providerKey;
    RSAKey someoneElsesKey;
    IdTokenCheck check;

    @BeforeAll
    void keys() throws JOSEException {
        providerKey = new RSAKeyGenerator(2048).keyID("provider-key").generate();
        someoneElsesKey = new RSAKeyGenerator(2048).keyID("provider-key").generate();
        check = new IdTokenCheck(new Issuer(ISSUER), new ClientID(CLIENT), new JWSVerificationKeySelector<>(
                JWSAlgorithm.RS256, new ImmutableJWKSet<SecurityContext>(new JWKSet(providerKey.toPublicJWK()))),
                Duration.ofSeconds(60), Clock.systemUTC());
    }

    JWTClaimsSet.Builder good() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(ISSUER).subject("subject-1").audience(CLIENT)
                .issueTime(Date.from(now)).notBeforeTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(600))).claim("nonce", NONCE.getValue());
    }

    JWT signed(RSAKey key, UnaryOperator<JWTClaimsSet.Builder> change) throws JOSEException {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                change.apply(good()).build());
        jwt.sign(new RSASSASigner(key));
        return jwt;
    }

    String refusal(JWT token) {
        return check.check(token, NONCE).fold(why -> why, claims -> null);
    }

    @Test
    @DisplayName("a token signed by the issuer's key, for this client, in date and with this sign-in's nonce passes")
    void goodTokenPasses() throws JOSEException {
        assertThat(check.check(signed(providerKey, b -> b), NONCE).map(c -> c.getSubject().getValue()).get())
                .isEqualTo("subject-1");
    }

    @Test
    @DisplayName("signature: a token signed by a key not in the issuer's JWKS is refused")
    void foreignKeyRefused() throws JOSEException {
        assertThat(refusal(signed(someoneElsesKey, b -> b))).contains("refused");
    }

    @Test
    @DisplayName("signature: an unsigned token (alg none) and one signed with an HMAC are refused")
    void unsignedOrSymmetricRefused() throws JOSEException {
        assertThat(refusal(new PlainJWT(good().build()))).contains("refused");
        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), good().build());
        hmac.sign(new MACSigner("a-client-secret-that-is-long-enough-for-hs256"));
        assertThat(refusal(hmac)).contains("refused");
    }

    @Test
    @DisplayName("issuer: a token from another issuer is refused")
    void otherIssuerRefused() throws JOSEException {
        assertThat(refusal(signed(providerKey, b -> b.issuer("https://evil.example/")))).contains("issuer");
    }

    @Test
    @DisplayName("audience: a token for another client is refused, even when this client is one of several")
    void otherAudienceRefused() throws JOSEException {
        assertThat(refusal(signed(providerKey, b -> b.audience("another-app")))).contains("audience");
        assertThat(refusal(signed(providerKey, b -> b.audience(List.of(CLIENT, "another-app"))
                .claim("azp", "another-app")))).contains("azp");
    }

    @Test
    @DisplayName("expiry: a token that expired more than the allowed skew ago is refused; within the skew it passes")
    void expiredRefused() throws JOSEException {
        Instant now = Instant.now();
        assertThat(refusal(signed(providerKey, b -> b.issueTime(Date.from(now.minusSeconds(900)))
                .notBeforeTime(Date.from(now.minusSeconds(900))).expirationTime(Date.from(now.minusSeconds(120))))))
                .contains("Expired");
        assertThat(refusal(signed(providerKey, b -> b.expirationTime(Date.from(now.minusSeconds(30)))))).isNull();
    }

    @Test
    @DisplayName("issued at: a token issued in the future (beyond the skew) is refused")
    void issuedInTheFutureRefused() throws JOSEException {
        Instant later = Instant.now().plusSeconds(300);
        assertThat(refusal(signed(providerKey, b -> b.issueTime(Date.from(later)).notBeforeTime(null)
                .expirationTime(Date.from(later.plusSeconds(600)))))).contains("refused");
    }

    @Test
    @DisplayName("not before: a token not valid until later (beyond the skew) is refused")
    void notYetValidRefused() throws JOSEException {
        assertThat(refusal(signed(providerKey, b -> b.notBeforeTime(Date.from(Instant.now().plusSeconds(300))))))
                .contains("not valid before");
    }

    @Test
    @DisplayName("nonce: a token with another sign-in's nonce, or none, is refused (replay)")
    void otherNonceRefused() throws JOSEException {
        assertThat(refusal(signed(providerKey, b -> b.claim("nonce", "another-sign-in")))).contains("nonce");
        assertThat(refusal(signed(providerKey, b -> b.claim("nonce", null)))).contains("nonce");
    }
}

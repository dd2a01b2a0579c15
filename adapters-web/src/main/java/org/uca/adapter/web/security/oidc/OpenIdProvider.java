package org.uca.adapter.web.security.oidc;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.oauth2.sdk.AuthorizationCode;
import com.nimbusds.oauth2.sdk.AuthorizationCodeGrant;
import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.ParseException;
import com.nimbusds.oauth2.sdk.ResponseType;
import com.nimbusds.oauth2.sdk.Scope;
import com.nimbusds.oauth2.sdk.TokenErrorResponse;
import com.nimbusds.oauth2.sdk.TokenRequest;
import com.nimbusds.oauth2.sdk.TokenResponse;
import com.nimbusds.oauth2.sdk.auth.ClientAuthentication;
import com.nimbusds.oauth2.sdk.auth.ClientAuthenticationMethod;
import com.nimbusds.oauth2.sdk.auth.ClientSecretBasic;
import com.nimbusds.oauth2.sdk.auth.ClientSecretPost;
import com.nimbusds.oauth2.sdk.auth.Secret;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.id.ClientID;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.oauth2.sdk.pkce.CodeChallengeMethod;
import com.nimbusds.openid.connect.sdk.AuthenticationRequest;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponse;
import com.nimbusds.openid.connect.sdk.OIDCTokenResponseParser;
import com.nimbusds.openid.connect.sdk.claims.IDTokenClaimsSet;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import io.vavr.control.Either;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The OpenID Connect provider, through Nimbus: its discovery document (read on first use and kept; a provider that
 * cannot be reached is asked again next time), the authorization request, and the code exchanged for an ID token
 * that {@link IdTokenCheck} checks against the keys of the provider's JWKS (cached, refreshed when a token names a
 * key it does not know, so the provider can rotate keys).
 */
public final class OpenIdProvider {

    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int READ_TIMEOUT_MS = 10_000;
    /** Asymmetric signatures only: an HMAC would be keyed with the client secret, which UCA also holds. */
    private static final Set<JWSAlgorithm> ACCEPTED = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384,
            JWSAlgorithm.RS512, JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256,
            JWSAlgorithm.ES384, JWSAlgorithm.ES512, JWSAlgorithm.Ed25519, JWSAlgorithm.EdDSA);

    private final OidcSettings settings;
    private final Clock clock;
    private volatile Discovered discovered;

    /** The provider as its discovery document describes it, with the check for its ID tokens. */
    private record Discovered(OIDCProviderMetadata metadata, IdTokenCheck check) {
    }

    /** Why a sign-in at the provider did not give a verified person. */
    public record Failure(boolean providerUnavailable, String why) {
    }

    public OpenIdProvider(OidcSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** Reads the discovery document now (at start-up, to report a wrong issuer early); false when it cannot. */
    public boolean discover() {
        try {
            discovered();
            return true;
        } catch (IOException | GeneralException e) {
            return false;
        }
    }

    /** Where to send the browser: the provider's authorization endpoint with state, nonce and the PKCE challenge. */
    URI authorizationRequest(PendingSignIn pending) throws IOException, GeneralException {
        OIDCProviderMetadata metadata = discovered().metadata();
        return new AuthenticationRequest.Builder(ResponseType.CODE, new Scope("openid", "profile", "email"),
                new ClientID(settings.clientId()), settings.redirectUri())
                .endpointURI(metadata.getAuthorizationEndpointURI())
                .state(pending.state())
                .nonce(pending.nonce())
                .codeChallenge(pending.verifier(), CodeChallengeMethod.S256)
                .build()
                .toURI();
    }

    /** Redeems the code (with the PKCE verifier) at the token endpoint and checks the ID token it answers with. */
    Either<Failure, IDTokenClaimsSet> redeem(String code, PendingSignIn pending) {
        Discovered provider;
        TokenResponse response;
        try {
            provider = discovered();
            TokenRequest request = new TokenRequest(provider.metadata().getTokenEndpointURI(),
                    clientAuthentication(provider.metadata()),
                    new AuthorizationCodeGrant(new AuthorizationCode(code), settings.redirectUri(),
                            pending.verifier()));
            HTTPRequest http = request.toHTTPRequest();
            http.setConnectTimeout(CONNECT_TIMEOUT_MS);
            http.setReadTimeout(READ_TIMEOUT_MS);
            response = OIDCTokenResponseParser.parse(http.send());
        } catch (ParseException e) {
            return Either.left(new Failure(false, "the token endpoint's answer could not be read: "
                    + e.getMessage()));
        } catch (IOException | GeneralException e) {
            return Either.left(new Failure(true, "the provider could not be reached: " + e.getMessage()));
        }
        if (!response.indicatesSuccess()) {
            TokenErrorResponse error = response.toErrorResponse();
            return Either.left(new Failure(false, "the token endpoint refused the code: "
                    + (error.getErrorObject() == null ? "no reason given" : error.getErrorObject().getCode())));
        }
        if (!(response.toSuccessResponse() instanceof OIDCTokenResponse tokens)
                || tokens.getOIDCTokens().getIDToken() == null) {
            return Either.left(new Failure(false, "the token endpoint answered without an ID token"));
        }
        return provider.check().check(tokens.getOIDCTokens().getIDToken(), pending.nonce())
                .mapLeft(why -> new Failure(false, why));
    }

    private ClientAuthentication clientAuthentication(OIDCProviderMetadata metadata) {
        ClientID client = new ClientID(settings.clientId());
        Secret secret = new Secret(settings.clientSecret());
        List<ClientAuthenticationMethod> methods = metadata.getTokenEndpointAuthMethods();
        boolean postOnly = methods != null && !methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                && methods.contains(ClientAuthenticationMethod.CLIENT_SECRET_POST);
        return postOnly ? new ClientSecretPost(client, secret) : new ClientSecretBasic(client, secret);
    }

    private Discovered discovered() throws IOException, GeneralException {
        Discovered known = discovered;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (discovered == null) {
                // Nimbus refuses a document whose "issuer" is not the issuer asked for (OpenID Connect Discovery 4.3).
                Issuer issuer = new Issuer(settings.issuer());
                OIDCProviderMetadata metadata = OIDCProviderMetadata.resolve(issuer, CONNECT_TIMEOUT_MS,
                        READ_TIMEOUT_MS);
                Set<JWSAlgorithm> algorithms = new LinkedHashSet<>();
                if (metadata.getIDTokenJWSAlgs() != null) {
                    metadata.getIDTokenJWSAlgs().stream().filter(ACCEPTED::contains).forEach(algorithms::add);
                }
                if (algorithms.isEmpty()) {
                    algorithms.add(JWSAlgorithm.RS256); // the algorithm every provider must support
                }
                JWKSource<SecurityContext> keys = JWKSourceBuilder.<SecurityContext>create(
                        metadata.getJWKSetURI().toURL()).retrying(true).build();
                discovered = new Discovered(metadata, new IdTokenCheck(issuer, new ClientID(settings.clientId()),
                        new JWSVerificationKeySelector<>(algorithms, keys), settings.clockSkew(), clock));
            }
            return discovered;
        }
    }
}

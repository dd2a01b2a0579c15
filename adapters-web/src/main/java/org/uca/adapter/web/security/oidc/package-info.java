/**
 * Single sign-on with OpenID Connect (Nimbus OAuth 2.0 SDK): the authorization code flow with PKCE (S256), state
 * and nonce kept in a short-lived encrypted cookie rather than a server session, the ID token's signature (from the
 * issuer's JWKS), issuer, audience and times checked, and a claim (groups or roles) mapped to a UCA role and
 * authority level.
 */
@PrimaryAdapter
package org.uca.adapter.web.security.oidc;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;

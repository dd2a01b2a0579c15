/** Who is signed in and what they may do: sessions, tokens, CSRF, security headers, sign-in limits, roles. */
@PrimaryAdapter
package org.uca.adapter.web.security;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;

/**
 * Who is signed in and what they are offered: sessions, tokens, CSRF, security headers, sign-in and its limits,
 * cookies; what a role may do is the application's {@code AccessPolicy}.
 */
@PrimaryAdapter
package org.uca.adapter.web.security;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;

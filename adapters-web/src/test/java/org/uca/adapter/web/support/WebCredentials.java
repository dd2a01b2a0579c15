package org.uca.adapter.web.support;

import org.uca.adapter.web.security.Passwords;
import org.uca.application.inmemory.InMemoryCredentials;
import org.uca.application.port.out.Credentials;

/**
 * The credentials the composition root gives the application, for the web adapter's tests: passwords hashed as
 * sign-in checks them ({@link Passwords}), tokens and the short common-passwords list from the in-memory ones.
 */
public final class WebCredentials implements Credentials {

    private final InMemoryCredentials tokens = new InMemoryCredentials();

    @Override
    public String hash(String password) {
        return Passwords.hash(password);
    }

    @Override
    public boolean matches(String password, String hash) {
        return Passwords.matches(password, hash);
    }

    @Override
    public Token newToken() {
        return tokens.newToken();
    }

    @Override
    public String hashOfToken(String token) {
        return tokens.hashOfToken(token);
    }

    @Override
    public boolean commonlyUsed(String password) {
        return tokens.commonlyUsed(password);
    }
}

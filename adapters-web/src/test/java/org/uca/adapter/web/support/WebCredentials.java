package org.uca.adapter.web.support;

import org.uca.adapter.web.security.Passwords;
import org.uca.application.inmemory.InMemoryCredentials;
import org.uca.application.port.out.Credentials;

/**
 * The credentials the composition root gives the application, for the web adapter's tests: passwords hashed as
 * sign-in checks them ({@link Passwords}), the port's own tokens, and the in-memory short common-passwords list.
 */
public final class WebCredentials implements Credentials {

    private final InMemoryCredentials inMemory = new InMemoryCredentials();

    @Override
    public String hash(String password) {
        return Passwords.hash(password);
    }

    @Override
    public boolean matches(String password, String hash) {
        return Passwords.matches(password, hash);
    }

    @Override
    public boolean commonlyUsed(String password) {
        return inMemory.commonlyUsed(password);
    }
}

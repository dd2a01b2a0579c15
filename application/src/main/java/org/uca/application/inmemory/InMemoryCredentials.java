package org.uca.application.inmemory;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import org.uca.application.port.out.Credentials;

/**
 * Credentials for the in-memory application, from the JDK alone: salted, iterated SHA-256 password hashes (for
 * tests and demos only), the port's own one-time tokens, and a short list of common passwords for tests. A deployed UCA uses the web adapter's
 * (Argon2id and a list of 100 000 breached passwords).
 */
public final class InMemoryCredentials implements Credentials {

    /** A few of the commonest long passwords, enough for the rules to be tested without the adapter's list. */
    public static final Set<String> COMMON = Set.of("password1234", "123456789012", "qwertyuiopas", "iloveyou1234",
            "passwordpassword");

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int ITERATIONS = 1_000;

    @Override
    public String hash(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        return HexFormat.of().formatHex(salt) + ":" + HexFormat.of().formatHex(derive(password, salt));
    }

    @Override
    public boolean matches(String password, String hash) {
        int colon = hash.indexOf(':');
        if (colon < 0) {
            return false;
        }
        try {
            byte[] salt = HexFormat.of().parseHex(hash.substring(0, colon));
            byte[] expected = HexFormat.of().parseHex(hash.substring(colon + 1));
            return MessageDigest.isEqual(expected, derive(password, salt));
        } catch (IllegalArgumentException notAHash) {
            return false;
        }
    }

    @Override
    public boolean commonlyUsed(String password) {
        return COMMON.contains(password.toLowerCase(Locale.ROOT));
    }

    /** Salted, iterated SHA-256: enough for tests and demos in memory, never a stored password's hash. */
    private static byte[] derive(String password, byte[] salt) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] value = password.getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < ITERATIONS; i++) {
                sha.update(salt);
                value = sha.digest(value);
            }
            return value;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}

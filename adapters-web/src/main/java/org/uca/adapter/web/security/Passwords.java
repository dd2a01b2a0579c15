package org.uca.adapter.web.security;

import com.password4j.Password;

/** Password hashing with password4j's Argon2id; a password is never stored or logged. */
public final class Passwords {

    /** Compared against when the username is unknown, so a wrong username takes as long as a wrong password. */
    private static final String DECOY = hash("not a real password: the username is unknown");

    private Passwords() {
    }

    public static String hash(String password) {
        return Password.hash(password).addRandomSalt().withArgon2().getResult();
    }

    public static boolean matches(String password, String hash) {
        try {
            return hash.startsWith("$2") ? Password.check(password, hash).withBcrypt()
                    : Password.check(password, hash).withArgon2();
        } catch (RuntimeException badHash) {
            return false;
        }
    }

    /** Spends the time a real check would, for an unknown username. */
    public static void decoyCheck(String password) {
        matches(password, DECOY);
    }
}

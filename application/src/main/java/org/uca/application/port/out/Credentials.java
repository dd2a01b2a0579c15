package org.uca.application.port.out;

import java.util.Objects;

/**
 * Password hashing, one-time tokens and the common-passwords list: what an adapter does with a library (the
 * application never sees a hash algorithm).
 */
public interface Credentials {

    /** A slow, salted hash of the password, to store. */
    String hash(String password);

    boolean matches(String password, String hash);

    /** A new random token of at least 256 bits, with the hash to store in its place. */
    Token newToken();

    /** The hash a token is stored under, to find it again. */
    String hashOfToken(String token);

    /** Whether the password is on the bundled list of commonly used (breached) passwords. */
    boolean commonlyUsed(String password);

    /** A token to hand over once, and the only thing kept of it. */
    record Token(String token, String hash) {
        public Token {
            Objects.requireNonNull(token, "token");
            Objects.requireNonNull(hash, "hash");
        }

        @Override
        public String toString() {
            return "Token[hidden]";
        }
    }
}

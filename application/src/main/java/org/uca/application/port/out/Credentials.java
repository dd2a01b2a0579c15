package org.uca.application.port.out;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Password hashing and the common-passwords list: what an adapter does with a library (the application never sees a
 * password hash algorithm). One-time tokens need no library, so every adapter shares the ones made here: 256 random
 * bits, stored as their SHA-256 (a token that long needs no slow hash).
 */
public interface Credentials {

    /** A slow, salted hash of the password, to store. */
    String hash(String password);

    boolean matches(String password, String hash);

    /** A new random token of 256 bits, with the hash to store in its place. */
    default Token newToken() {
        byte[] bytes = new byte[32];
        Token.RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Token(token, hashOfToken(token));
    }

    /** The hash a token is stored under, to find it again. */
    default String hashOfToken(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** Whether the password is on the bundled list of commonly used (breached) passwords. */
    boolean commonlyUsed(String password);

    /** A token to hand over once, and the only thing kept of it. */
    record Token(String token, String hash) {
        private static final SecureRandom RANDOM = new SecureRandom();

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

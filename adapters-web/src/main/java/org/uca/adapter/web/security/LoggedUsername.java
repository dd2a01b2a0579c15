package org.uca.adapter.web.security;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A typed username as the logs and the audit trail may show it. A username that is an account's is shown (control
 * characters escaped, at most {@link #MAX} characters); one that is no account's is not, because people type their
 * password into the username box: it is shown as its length and a keyed fingerprint, so repeated guesses with the
 * same text can still be told apart in one run of UCA, but the text cannot be read back or guessed at offline.
 */
final class LoggedUsername {

    static final int MAX = 64;

    private final Mac fingerprints;

    LoggedUsername() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key); // per process: fingerprints compare within one run only
        try {
            fingerprints = Mac.getInstance("HmacSHA256");
            fingerprints.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** @param accountsUsername the account's username when the typed one is an account's */
    String of(String typed, String accountsUsername) {
        if (accountsUsername != null) {
            return escaped(accountsUsername);
        }
        if (typed.isEmpty()) {
            return "(no username)";
        }
        byte[] mac;
        synchronized (fingerprints) {
            mac = fingerprints.doFinal(typed.getBytes(StandardCharsets.UTF_8));
        }
        return "(unknown username of " + typed.length() + " characters, #" + java.util.HexFormat.of()
                .formatHex(mac, 0, 4) + ")";
    }

    /** Control and format characters (new lines, escapes, bidi overrides) as \\uXXXX, at most MAX characters. */
    static String escaped(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().limit(MAX).forEach(c -> {
            if (Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                    || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR || c == '\\') {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return text.codePointCount(0, text.length()) > MAX ? out.append('…').toString() : out.toString();
    }
}

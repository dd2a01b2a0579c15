package org.uca.bootstrap;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import me.gosimple.nbvcxz.resources.DictionaryUtil;
import org.uca.adapter.web.security.Passwords;
import org.uca.application.port.out.Credentials;

/**
 * The application's credentials port: Argon2id password hashes (the web adapter's {@link Passwords}, password4j, so
 * sign-in checks what was hashed here), one-time tokens of 256 random bits from {@link SecureRandom}, stored as their
 * SHA-256 (a token that long needs no slow hash), and the list of the 100 000 commonest breached passwords that
 * nbvcxz ships (MIT licence), compared in lower case. Here in the composition root because the web adapter, a
 * driving adapter, may not implement an outgoing port (DependencyRuleTest).
 */
final class PasswordCredentials implements Credentials {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Read when a password is first checked, not at start-up (the list is 880 kB). */
    private static final class CommonPasswords {
        /** Only the entries a password could be: the policy refuses anything shorter anyway. */
        static final Set<String> LIST = load();

        private static Set<String> load() {
            Map<String, Integer> ranked = DictionaryUtil.loadRankedDictionary(DictionaryUtil.passwords);
            return ranked.keySet().stream().filter(p -> p.length() >= 8)
                    .map(p -> p.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        }
    }

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
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        return new Token(token, hashOfToken(token));
    }

    @Override
    public String hashOfToken(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    @Override
    public boolean commonlyUsed(String password) {
        return CommonPasswords.LIST.contains(password.toLowerCase(Locale.ROOT));
    }
}

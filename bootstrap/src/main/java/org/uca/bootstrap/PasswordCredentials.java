package org.uca.bootstrap;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import me.gosimple.nbvcxz.resources.DictionaryUtil;
import org.uca.adapter.web.security.Passwords;
import org.uca.application.port.out.Credentials;

/**
 * The application's credentials port: Argon2id password hashes (the web adapter's {@link Passwords}, password4j, so
 * sign-in checks what was hashed here), the port's own one-time tokens, and the list of the 100 000 commonest
 * breached passwords that nbvcxz ships (MIT licence), compared in lower case. Here in the composition root because the web adapter, a
 * driving adapter, may not implement an outgoing port (DependencyRuleTest).
 */
final class PasswordCredentials implements Credentials {

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
    public boolean commonlyUsed(String password) {
        return CommonPasswords.LIST.contains(password.toLowerCase(Locale.ROOT));
    }
}

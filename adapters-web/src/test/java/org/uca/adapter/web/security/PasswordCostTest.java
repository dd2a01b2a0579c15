package org.uca.adapter.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The tests hash with a cheap Argon2id (their own psw4j.properties shadows the adapter's); this keeps the cost that
 * ships, in the adapter's main resources, at OWASP's minimum, and checks the tests really sign in with Argon2id.
 */
class PasswordCostTest {

    @Test
    @DisplayName("passwords are stored with Argon2id at no less than OWASP's minimum cost (19 MiB, 2 iterations)")
    void shippedCostIsOwaspMinimum() throws Exception {
        URI classes = Passwords.class.getProtectionDomain().getCodeSource().getLocation().toURI();
        assertThat(Path.of(classes).toString()).doesNotContain("test-classes");
        Properties shipped = new Properties();
        try (InputStream in = classes.resolve("psw4j.properties").toURL().openStream()) {
            shipped.load(in);
        }
        assertThat(shipped.getProperty("hash.argon2.type")).isEqualTo("id");
        assertThat(Integer.parseInt(shipped.getProperty("hash.argon2.memory"))).isGreaterThanOrEqualTo(19456);
        assertThat(Integer.parseInt(shipped.getProperty("hash.argon2.iterations"))).isGreaterThanOrEqualTo(2);
    }

    @Test
    @DisplayName("a hash made in the tests is Argon2id and checks only its own password")
    void testsHashWithArgon2id() {
        String hash = Passwords.hash("a password");
        assertThat(hash).startsWith("$argon2id$");
        assertThat(Passwords.matches("a password", hash)).isTrue();
        assertThat(Passwords.matches("another password", hash)).isFalse();
    }
}

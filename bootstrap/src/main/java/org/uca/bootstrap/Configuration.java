package org.uca.bootstrap;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import org.uca.adapter.web.security.SignInOptions;

/**
 * How UCA runs, from environment variables (or the same names as system properties, which win):
 * {@code UCA_PORT} (8080), {@code UCA_JDBC_URL} (an H2 file database under {@code UCA_DATA_DIR}, default
 * {@code ./data}), {@code UCA_DB_USER}, {@code UCA_DB_PASSWORD}, {@code UCA_SESSION_SECRET} (random per start if
 * unset), {@code UCA_RETENTION_YEARS} (6), {@code UCA_LANDLORD_NAME}, {@code UCA_SECURE_COOKIES} (false; set true
 * behind HTTPS), {@code UCA_STORE} ({@code database}, or {@code memory} to keep nothing); how staff sign in
 * ({@code UCA_LOCAL_PASSWORDS}, {@code UCA_OIDC_…}, {@code UCA_PUBLIC_URL}: {@link SignInConfiguration}).
 */
public record Configuration(int port, String jdbcUrl, String dbUser, String dbPassword, Path dataDir,
        String sessionSecret, boolean sessionSecretGenerated, int retentionYears, String landlordName,
        boolean secureCookies, boolean inMemory, SignInOptions signIn) {

    public static Configuration from(Map<String, String> env, Properties props) {
        Settings s = new Settings(env, props);
        String secret = s.get("UCA_SESSION_SECRET", "");
        boolean generated = secret.isBlank();
        if (generated) {
            byte[] bytes = new byte[32];
            new SecureRandom().nextBytes(bytes);
            secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        }
        if (secret.length() < 32) {
            throw new IllegalArgumentException("UCA_SESSION_SECRET must be at least 32 characters long.");
        }
        int port = s.number("UCA_PORT", 8080);
        int retention = s.number("UCA_RETENTION_YEARS", 6);
        if (retention < 1) {
            throw new IllegalArgumentException("UCA_RETENTION_YEARS must be at least 1.");
        }
        return new Configuration(port, s.get("UCA_JDBC_URL", ""), s.get("UCA_DB_USER", ""),
                s.get("UCA_DB_PASSWORD", ""), Path.of(s.get("UCA_DATA_DIR", "data")), secret, generated, retention,
                s.get("UCA_LANDLORD_NAME", "Octavia"), Boolean.parseBoolean(s.get("UCA_SECURE_COOKIES", "false")),
                s.get("UCA_STORE", "database").equalsIgnoreCase("memory"),
                SignInConfiguration.from(name -> s.get(name, ""), port));
    }

    /** Never prints the password or the session secret. */
    @Override
    public String toString() {
        return "Configuration[port=" + port + ", store=" + (inMemory ? "memory" : "database") + ", jdbcUrl="
                + (jdbcUrl.isBlank() ? "(embedded H2 in " + dataDir + ")"
                : jdbcUrl) + ", retentionYears=" + retentionYears + ", landlordName=" + landlordName
                + ", secureCookies=" + secureCookies + ", localPasswords=" + signIn.localPasswords()
                + ", singleSignOn=" + signIn.singleSignOn().map(Object::toString).orElse("off") + "]";
    }

    private record Settings(Map<String, String> env, Properties props) {
        String get(String name, String fallback) {
            String value = props.getProperty(name);
            if (value == null) {
                value = env.get(name);
            }
            return value == null || value.isBlank() ? fallback : value.strip();
        }

        int number(String name, int fallback) {
            String value = get(name, String.valueOf(fallback));
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(name + " must be a whole number, not \"" + value + "\".", e);
            }
        }
    }
}

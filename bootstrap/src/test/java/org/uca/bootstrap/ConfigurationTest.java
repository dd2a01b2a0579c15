package org.uca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConfigurationTest {

    @Test
    @DisplayName("defaults: port 8080, embedded H2 under ./data, six years' retention, a random session secret")
    void defaults() {
        Configuration c = Configuration.from(Map.of(), new Properties());
        assertThat(c.port()).isEqualTo(8080);
        assertThat(c.jdbcUrl()).isEmpty();
        assertThat(c.dataDir().toString()).isEqualTo("data");
        assertThat(c.retentionYears()).isEqualTo(6);
        assertThat(c.sessionSecretGenerated()).isTrue();
        assertThat(c.sessionSecret()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(c.inMemory()).isFalse();
    }

    @Test
    @DisplayName("environment variables configure it, and system properties of the same name win")
    void environmentAndProperties() {
        Properties props = new Properties();
        props.setProperty("UCA_PORT", "9090");
        Configuration c = Configuration.from(Map.of("UCA_PORT", "8081", "UCA_JDBC_URL",
                "jdbc:postgresql://db/uca", "UCA_DB_USER", "uca", "UCA_DB_PASSWORD", "s3cret",
                "UCA_SESSION_SECRET", "0123456789abcdef0123456789abcdef", "UCA_RETENTION_YEARS", "7"), props);
        assertThat(c.port()).isEqualTo(9090);
        assertThat(c.jdbcUrl()).isEqualTo("jdbc:postgresql://db/uca");
        assertThat(c.dbPassword()).isEqualTo("s3cret");
        assertThat(c.retentionYears()).isEqualTo(7);
        assertThat(c.sessionSecretGenerated()).isFalse();
        assertThat(c.toString()).doesNotContain("s3cret").doesNotContain("0123456789abcdef");
    }

    @Test
    @DisplayName("a migration user is optional: unset, the running user migrates; its password is never shown")
    void migrationUser() {
        Configuration one = Configuration.from(Map.of("UCA_DB_USER", "uca"), new Properties());
        assertThat(one.migrationDbUser()).isEmpty();
        Configuration two = Configuration.from(Map.of("UCA_JDBC_URL", "jdbc:postgresql://db/uca", "UCA_DB_USER",
                "uca_app", "UCA_MIGRATION_DB_USER", "uca_migrator", "UCA_MIGRATION_DB_PASSWORD", "m1grat0r-pass"),
                new Properties());
        assertThat(two.migrationDbUser()).isEqualTo("uca_migrator");
        assertThat(two.migrationDbPassword()).isEqualTo("m1grat0r-pass");
        assertThat(two.toString()).contains("migrated by uca_migrator").doesNotContain("m1grat0r-pass");
    }

    @Test
    @DisplayName("a short session secret or a bad number stops the start with a clear message")
    void invalid() {
        assertThatThrownBy(() -> Configuration.from(Map.of("UCA_SESSION_SECRET", "short"), new Properties()))
                .hasMessageContaining("at least 32 characters");
        assertThatThrownBy(() -> Configuration.from(Map.of("UCA_PORT", "eighty"), new Properties()))
                .hasMessageContaining("UCA_PORT");
        assertThatThrownBy(() -> Configuration.from(Map.of("UCA_RETENTION_YEARS", "0"), new Properties()))
                .hasMessageContaining("UCA_RETENTION_YEARS");
    }
}

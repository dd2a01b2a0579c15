package org.uca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ConfigurationTest {

    @Test
    @DisplayName("defaults: port 8080, embedded H2 under ./data, six years' retention, the store's own session secret")
    void defaults() {
        Configuration c = Configuration.from(Map.of(), new Properties());
        assertThat(c.port()).isEqualTo(8080);
        assertThat(c.jdbcUrl()).isEmpty();
        assertThat(c.dataDir().toString()).isEqualTo("data");
        assertThat(c.retentionYears()).isEqualTo(6);
        assertThat(c.sessionSecret()).as("unset: the store keeps one").isEmpty();
        assertThat(c.inMemory()).isFalse();
        assertThat(c.host()).as("this machine only unless UCA_HOST says otherwise").isEqualTo("127.0.0.1");
        assertThat(c.trustedProxies()).as("no proxy trusted unless UCA_TRUSTED_PROXIES names it").isEmpty();
    }

    @Test
    @DisplayName("UCA_HOST and UCA_TRUSTED_PROXIES configure where UCA listens and whose forwarding headers count")
    void hostAndProxies() {
        Configuration c = Configuration.from(Map.of("UCA_HOST", "0.0.0.0", "UCA_TRUSTED_PROXIES",
                "10.0.0.0/8, 192.0.2.7 ::1"), new Properties());
        assertThat(c.host()).isEqualTo("0.0.0.0");
        assertThat(c.trustedProxies()).isEqualTo("10.0.0.0/8, 192.0.2.7 ::1");
        assertThat(c.toString()).contains("host=0.0.0.0").contains("trustedProxies=10.0.0.0/8, 192.0.2.7 ::1");
    }

    @Test
    @DisplayName("UCA_EMBED_FRAME_ANCESTORS names the CRM screens that may frame the guidance banner; unset, only UCA's"
            + " own pages may; a value that is not an origin stops UCA starting, naming it")
    void embedFrameAncestors() {
        assertThat(Configuration.from(Map.of(), new Properties()).embeddedBy().sourceList()).isEqualTo("'self'");
        assertThat(Configuration.from(Map.of("UCA_EMBED_FRAME_ANCESTORS", "https://crm.example.org"),
                new Properties()).embeddedBy().sourceList()).isEqualTo("'self' https://crm.example.org");
        assertThatThrownBy(() -> Configuration.from(Map.of("UCA_EMBED_FRAME_ANCESTORS", "*"), new Properties()))
                .hasMessageContaining("UCA_EMBED_FRAME_ANCESTORS").hasMessageContaining("\"*\"");
    }

    @Test
    @DisplayName("a trusted proxy that is not an address or CIDR range stops UCA starting, naming it")
    void badProxy() {
        assertThatThrownBy(() -> Configuration.from(Map.of("UCA_TRUSTED_PROXIES", "10.0.0.0/8, proxy.example"),
                new Properties())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"proxy.example\" is not an IP address or CIDR range");
        assertThatThrownBy(() -> Configuration.from(Map.of("UCA_TRUSTED_PROXIES", "10.0.0.0/33"),
                new Properties())).hasMessageContaining("prefix length");
    }

    @Test
    @DisplayName("by default UCA listens on loopback only: not on this machine's other addresses")
    void listensOnLoopbackByDefault() throws Exception {
        Main.Running running = Main.start(Configuration.from(Map.of("UCA_PORT", "0", "UCA_STORE", "memory"),
                new Properties()), false);
        try {
            try (java.net.Socket loopback = new java.net.Socket("127.0.0.1", running.port())) {
                assertThat(loopback.isConnected()).isTrue();
            }
            java.util.List<java.net.InetAddress> others = java.util.Collections.list(
                    java.net.NetworkInterface.getNetworkInterfaces()).stream()
                    .flatMap(n -> java.util.Collections.list(n.getInetAddresses()).stream())
                    .filter(a -> !a.isLoopbackAddress() && a instanceof java.net.Inet4Address).toList();
            for (java.net.InetAddress other : others) {
                try (java.net.Socket socket = new java.net.Socket()) {
                    assertThatThrownBy(() -> socket.connect(new java.net.InetSocketAddress(other, running.port()),
                            2_000)).as("connecting on %s", other).isInstanceOf(java.io.IOException.class);
                }
            }
        } finally {
            running.stop();
        }
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
        assertThat(c.sessionSecret()).contains("0123456789abcdef0123456789abcdef");
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

    @Test
    @DisplayName("OWASP ASVS 3.3.2: sessions end after 30 minutes unused and 12 hours at most unless configured")
    void sessionTimeouts() {
        Configuration defaults = Configuration.from(Map.of(), new Properties());
        assertThat(defaults.sessionIdle()).isEqualTo(Duration.ofMinutes(30));
        assertThat(defaults.sessionLifetime()).isEqualTo(Duration.ofHours(12));
        Configuration set = Configuration.from(Map.of("UCA_SESSION_IDLE_MINUTES", "15",
                "UCA_SESSION_LIFETIME_HOURS", "8"), new Properties());
        assertThat(set.sessionIdle()).isEqualTo(Duration.ofMinutes(15));
        assertThat(set.sessionLifetime()).isEqualTo(Duration.ofHours(8));
        assertThatThrownBy(() -> Configuration.from(Map.of("UCA_SESSION_IDLE_MINUTES", "0"), new Properties()))
                .hasMessageContaining("UCA_SESSION_IDLE_MINUTES");
        assertThatThrownBy(() -> Configuration.from(Map.of("UCA_SESSION_IDLE_MINUTES", "120",
                "UCA_SESSION_LIFETIME_HOURS", "1"), new Properties())).hasMessageContaining("no longer than");
    }
}

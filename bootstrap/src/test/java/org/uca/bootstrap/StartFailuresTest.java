package org.uca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uca.adapter.persistence.DatabaseSettings;

/** Every start-up failure is one clear line (what is wrong, what to do), and UCA leaves nothing running. */
@DisplayName("Start-up failures: one clear line each")
class StartFailuresTest {

    private static Configuration with(String... settings) {
        Map<String, String> env = new HashMap<>(Map.of("UCA_PORT", "0"));
        for (int i = 0; i < settings.length; i += 2) {
            env.put(settings[i], settings[i + 1]);
        }
        return Configuration.from(env, new Properties());
    }

    /** Starts UCA, which must fail; the line it prints. */
    private static String lineOf(Configuration configuration) {
        RuntimeException failure = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> Assertions.assertThrows(RuntimeException.class, () -> Main.start(configuration, false)));
        String line = StartFailures.oneLine(failure, configuration);
        assertThat(line).startsWith("UCA cannot start: ").doesNotContain("\n", "\r", "\tat ");
        return line;
    }

    private static String h2Url(Path data) {
        return "jdbc:h2:file:" + data.toAbsolutePath().resolve("uca") + DatabaseSettings.H2_OPTIONS;
    }

    @Test
    @DisplayName("a JDBC URL of a database UCA does not run on")
    void badJdbcUrl() {
        assertThat(lineOf(with("UCA_JDBC_URL", "jdbc:mysql://db.example/uca"))).isEqualTo("UCA cannot start:"
                + " UCA_JDBC_URL is not a database UCA runs on: UCA runs on H2 (jdbc:h2:...) or PostgreSQL"
                + " (jdbc:postgresql:...).");
    }

    @Test
    @DisplayName("a PostgreSQL URL the driver cannot read, without the password it carries")
    void malformedJdbcUrl() {
        assertThat(lineOf(with("UCA_JDBC_URL", "jdbc:postgresql://db.example:port/uca?password=s3cret-Pa55")))
                .contains("cannot be reached").contains("the database driver cannot read this URL: check UCA_JDBC_URL")
                .doesNotContain("s3cret-Pa55");
    }

    @Test
    @DisplayName("a wrong password")
    void wrongPassword(@TempDir Path data) {
        Main.start(with("UCA_JDBC_URL", h2Url(data), "UCA_DB_USER", "uca", "UCA_DB_PASSWORD", "right-pass"), false)
                .stop();
        assertThat(lineOf(with("UCA_JDBC_URL", h2Url(data), "UCA_DB_USER", "uca", "UCA_DB_PASSWORD", "wrong-pass")))
                .contains("cannot be reached").contains("Wrong user name or password").doesNotContain("wrong-pass")
                .contains("The H2 store in " + data.toAbsolutePath()).doesNotContain("jdbc:", "DatabaseSettings");
    }

    @Test
    @DisplayName("a port another process listens on, which it names")
    void portTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            assertThat(lineOf(with("UCA_STORE", "memory", "UCA_PORT", String.valueOf(taken.getLocalPort()))))
                    .isEqualTo("UCA cannot start: Port " + taken.getLocalPort() + " is already in use: stop what"
                            + " listens on it, or set UCA_PORT to a free port.");
        }
    }

    @Test
    @DisplayName("a UCA_HOST that is not one of this machine's addresses is said to be so, not a port in use")
    void hostNotOfThisMachine() {
        assertThat(lineOf(with("UCA_STORE", "memory", "UCA_HOST", "192.0.2.55"))).isEqualTo("UCA cannot start:"
                + " UCA_HOST 192.0.2.55 is not one of this machine's addresses: set it to one of them (127.0.0.1 for"
                + " this machine only, 0.0.0.0 for every interface).");
    }

    @Test
    @DisplayName("a UCA_HOST UCA cannot listen on is refused before any store is created")
    void wrongHostCreatesNoStore(@TempDir Path folder) {
        Path data = folder.resolve("data");
        assertThat(lineOf(with("UCA_DATA_DIR", data.toString(), "UCA_HOST", "bogus.invalid")))
                .contains("UCA_HOST bogus.invalid cannot be resolved");
        assertThat(data).as("no store made").doesNotExist();
    }

    @Test
    @DisplayName("a UCA_HOST name that cannot be resolved is said to be so, not a port in use")
    void hostThatDoesNotResolve() {
        assertThat(lineOf(with("UCA_STORE", "memory", "UCA_HOST", "bogus.invalid"))).isEqualTo("UCA cannot start:"
                + " UCA_HOST bogus.invalid cannot be resolved to an address: set it to one of this machine's addresses"
                + " (127.0.0.1 for this machine only, 0.0.0.0 for every interface).");
    }

    @Test
    @DisplayName("a port in use on a UCA_HOST of this machine is still a port in use")
    void portTakenOnThisMachinesAddress() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            assertThat(lineOf(with("UCA_STORE", "memory", "UCA_HOST", "localhost", "UCA_PORT",
                    String.valueOf(taken.getLocalPort())))).contains("Port " + taken.getLocalPort()
                    + " is already in use");
        }
    }

    @Test
    @DisplayName("a data folder that cannot be created or written")
    void unwritableDataFolder(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "a file");
        assertThat(lineOf(with("UCA_DATA_DIR", file.resolve("data").toString())))
                .startsWith("UCA cannot start: The data folder " + file.resolve("data").toAbsolutePath()
                        + " cannot be created").endsWith("set UCA_DATA_DIR to a folder UCA's user can create or write.");
        assertThat(lineOf(with("UCA_DATA_DIR", file.toString()))).isEqualTo("UCA cannot start: The data folder "
                + file.toAbsolutePath() + " is a file, not a folder: set UCA_DATA_DIR to a folder UCA's user can create"
                + " or write.");
    }

    @Test
    @DisplayName("a database that accepts the connection and never answers: a time-out in seconds, not a silent hang")
    void unansweringDatabase() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            assertThat(lineOf(with("UCA_JDBC_URL", "jdbc:postgresql://127.0.0.1:" + silent.getLocalPort() + "/uca",
                    "UCA_DB_USER", "uca"))).contains("cannot be reached");
        }
    }

    @Test
    @DisplayName("a schema a newer UCA migrated")
    void newerSchema(@TempDir Path data) throws Exception {
        Main.start(with("UCA_DATA_DIR", data.toString()), false).stop();
        try (Connection c = DriverManager.getConnection(DatabaseSettings.h2File(data).jdbcUrl(), "uca", "");
                Statement s = c.createStatement()) {
            s.execute("insert into flyway_schema_history (installed_rank, version, description, type, script,"
                    + " checksum, installed_by, installed_on, execution_time, success) select max(installed_rank) + 1,"
                    + " '99', 'from a newer UCA', 'SQL', 'V99__x.sql', 0, 'uca', current_timestamp, 1, true"
                    + " from flyway_schema_history");
        }
        assertThat(lineOf(with("UCA_DATA_DIR", data.toString()))).contains("is at version 99, newer than this UCA"
                + " knows").contains("Start that UCA (or a newer one), or restore a backup");
    }
}

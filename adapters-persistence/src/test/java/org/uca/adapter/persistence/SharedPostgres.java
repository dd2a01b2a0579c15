package org.uca.adapter.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The one real PostgreSQL of this test JVM, started on first use from Maven-shipped binaries and shared by every
 * test class: each test gets a fresh database in it. It can be stopped and started again on the same port and data
 * directory, to test an outage. Public, in the test-jar, for the bootstrap's reliability drills.
 */
public final class SharedPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static Path dataDirectory;
    private static int port;
    private static EmbeddedPostgres server;

    private SharedPostgres() {
    }

    public static synchronized EmbeddedPostgres server() {
        if (server == null) {
            if ("fast".equals(System.getProperty("uca.test.lane"))) {
                throw new IllegalStateException("The fast lane (surefire, ./mvnw test) starts no PostgreSQL: name the"
                        + " test class Postgres*Test (or put it in an e2e or drills package), so that failsafe runs it"
                        + " in ./mvnw verify.");
            }
            try {
                dataDirectory = Files.createTempDirectory("uca-postgres");
                server = start(0);
                port = server.getPort();
                Runtime.getRuntime().addShutdownHook(new Thread(SharedPostgres::closeQuietly, "shared-postgres-stop"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server;
    }

    private static EmbeddedPostgres start(int onPort) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(30))
                .setServerConfig("full_page_writes", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("max_connections", "200"); // the drills' 50 concurrent writers
        if (onPort != 0) {
            builder.setPort(onPort);
        }
        return builder.start();
    }

    /** Settings for a new, empty database on the shared server. */
    public static DatabaseSettings freshDatabase() {
        String name = "uca_test_" + DATABASES.incrementAndGet();
        execute("create database " + name);
        return new DatabaseSettings(server().getJdbcUrl("postgres", name), "postgres", "", 4);
    }

    /**
     * A new, empty database set up as bootstrap/README.md tells a landlord's DBA: owned by a migration user, which
     * also owns its schema {@code public} and has taken from everyone the right to create in it, and a running user
     * with no rights of its own (UCA grants them). Migrated by the first, run as the second.
     */
    public static DatabaseSettings freshDatabaseMigratedByItsOwner() {
        int n = DATABASES.incrementAndGet();
        String name = "uca_test_" + n;
        String owner = "uca_migrator_" + n;
        String running = "uca_app_" + n;
        execute("create role " + owner + " login password 'migrator-pass'");
        execute("create role " + running + " login password 'app-pass'");
        execute("create database " + name + " owner " + owner);
        try (Connection c = server().getDatabase("postgres", name).getConnection(); Statement s = c.createStatement()) {
            s.execute("alter schema public owner to " + owner);
            s.execute("revoke create on schema public from public");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        // not getJdbcUrl(...), whose URL names the user postgres (the driver prefers the URL's user to the pool's)
        return new DatabaseSettings("jdbc:postgresql://localhost:" + server().getPort() + "/" + name
                + "?ApplicationName=uca-test", running, "app-pass", 4).withMigrationUser(owner, "migrator-pass");
    }

    /** Drops a database made by {@link #freshDatabase()}; its pool must be closed first. */
    static void drop(DatabaseSettings settings) {
        String url = settings.jdbcUrl();
        String name = url.substring(url.lastIndexOf('/') + 1, url.indexOf('?'));
        execute("drop database if exists " + name + " with (force)");
    }

    static void execute(String sql) {
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Stops the server as an outage would: every connection to it breaks. */
    public static synchronized void stop() throws IOException {
        server().close();
    }

    /** Starts the server again on the same port, with the same data. */
    public static synchronized void restart() throws IOException {
        server = start(port);
    }

    private static synchronized void closeQuietly() {
        try {
            if (server != null) {
                server.close();
            }
        } catch (IOException | RuntimeException e) {
            // the JVM is ending anyway
        }
    }
}

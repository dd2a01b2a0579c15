package org.uca.bootstrap.drills;

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
 * One real PostgreSQL for the drills in this JVM, from Maven-shipped binaries: started on first use, a fresh database
 * per drill, and stoppable and restartable on the same port and data (an outage, then the database coming back).
 */
final class DrillPostgres {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static Path dataDirectory;
    private static int port;
    private static EmbeddedPostgres server;

    private DrillPostgres() {
    }

    static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                dataDirectory = Files.createTempDirectory("uca-drill-postgres");
                server = start(0);
                port = server.getPort();
                Runtime.getRuntime().addShutdownHook(new Thread(DrillPostgres::closeQuietly, "drill-postgres-stop"));
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
                .setServerConfig("max_connections", "200");
        if (onPort != 0) {
            builder.setPort(onPort);
        }
        return builder.start();
    }

    /** The JDBC URL of a new, empty database (user {@code postgres}, no password). */
    static String freshDatabase(String prefix) {
        String name = prefix + "_" + DATABASES.incrementAndGet();
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return server().getJdbcUrl("postgres", name);
    }

    /** Stops PostgreSQL as an outage would: every connection to it breaks. */
    static synchronized void stop() throws IOException {
        server().close();
    }

    /** Starts PostgreSQL again on the same port with the same data. */
    static synchronized void restart() throws IOException {
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

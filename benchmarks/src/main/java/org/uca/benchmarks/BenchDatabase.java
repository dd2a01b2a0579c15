package org.uca.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import java.util.Properties;
import org.uca.adapter.persistence.DatabaseSettings;

/**
 * Where a benchmark data set lives: an H2 file database, or a real PostgreSQL (Maven-shipped binaries, started and
 * stopped by the harness, listening on localhost only), one directory per engine and size under
 * {@code benchmarks/target/datasets/} (or {@code -Duca.bench.dir}). The data is kept between runs, so the data set
 * is generated once and every harness reuses it.
 */
public final class BenchDatabase implements AutoCloseable {

    public enum Engine {
        H2, POSTGRES;

        public static Engine of(String name) {
            return name.toLowerCase(Locale.ROOT).startsWith("p") ? POSTGRES : H2;
        }
    }

    private final Engine engine;
    private final int residents;
    private final Path directory;
    private final EmbeddedPostgres postgres;

    private BenchDatabase(Engine engine, int residents, Path directory, EmbeddedPostgres postgres) {
        this.engine = engine;
        this.residents = residents;
        this.directory = directory;
        this.postgres = postgres;
    }

    public static Path root() {
        return Path.of(System.getProperty("uca.bench.dir", "benchmarks/target/datasets")).toAbsolutePath().normalize();
    }

    /** Opens (starting PostgreSQL if needed) the data set's database; it may be empty. */
    public static BenchDatabase open(Engine engine, int residents) {
        Path directory = root().resolve(engine.name().toLowerCase(Locale.ROOT) + "-" + residents);
        try {
            Files.createDirectories(directory);
            if (engine == Engine.H2) {
                return new BenchDatabase(engine, residents, directory, null);
            }
            EmbeddedPostgres server = EmbeddedPostgres.builder()
                    .setDataDirectory(directory.resolve("pgdata"))
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("shared_buffers", "512MB")
                    .setServerConfig("max_wal_size", "4GB")
                    .setServerConfig("full_page_writes", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .start();
            return new BenchDatabase(engine, residents, directory, server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Engine engine() {
        return engine;
    }

    public int residents() {
        return residents;
    }

    public Path directory() {
        return directory;
    }

    /** The file that says the data set is complete, with its figures. */
    public Path marker() {
        return directory.resolve("dataset.properties");
    }

    public boolean loaded() {
        return Files.exists(marker());
    }

    public Properties description() {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(marker())) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    public void requireLoaded() {
        if (!loaded()) {
            throw new IllegalStateException("No " + engine + " data set of " + residents + " residents in " + directory
                    + ". Generate it first: java -cp benchmarks/target/benchmarks.jar"
                    + " org.uca.benchmarks.DataSetGenerator --residents " + residents + " --db "
                    + engine.name().toLowerCase(Locale.ROOT));
        }
    }

    /** The JDBC URL of the data set (H2 with the adapter's own options). */
    public String jdbcUrl() {
        return engine == Engine.H2
                ? DatabaseSettings.h2File(directory).jdbcUrl()
                : postgres.getJdbcUrl("postgres", "postgres").replace("localhost", "127.0.0.1");
    }

    public String user() {
        return engine == Engine.H2 ? "uca" : "postgres";
    }

    /** The settings UCA itself would use for this database, with {@code pool} connections. */
    public DatabaseSettings settings(int pool) {
        return new DatabaseSettings(jdbcUrl(), user(), "", pool);
    }

    /** A plain connection, outside any pool (the data-set writer, raw-JDBC baselines). */
    public Connection connect() throws SQLException {
        String url = jdbcUrl();
        if (engine == Engine.POSTGRES) {
            url += "&reWriteBatchedInserts=true";
        }
        return DriverManager.getConnection(url, user(), "");
    }

    /** Empties the database (a data set is regenerated from scratch). */
    public void wipe() throws SQLException, IOException {
        Files.deleteIfExists(marker());
        try (Connection c = connect(); var s = c.createStatement()) {
            if (engine == Engine.H2) {
                s.execute("drop all objects");
            } else {
                s.execute("drop schema public cascade");
                s.execute("create schema public");
            }
        }
    }

    @Override
    public void close() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

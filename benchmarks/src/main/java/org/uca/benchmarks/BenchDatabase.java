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

    /**
     * The CPU time PostgreSQL's processes have used so far (the postmaster, its children and the children it has
     * reaped), from {@code /proc}; -1 on H2 (it runs in UCA's JVM) or where {@code /proc} cannot be read.
     */
    public long serverCpuNanos() {
        if (engine != Engine.POSTGRES) {
            return -1;
        }
        try {
            String postmaster = Files.readAllLines(directory.resolve("pgdata").resolve("postmaster.pid")).get(0).strip();
            long ticks = 0;
            try (var processes = Files.list(Path.of("/proc"))) {
                for (Path process : (Iterable<Path>) processes::iterator) {
                    String name = process.getFileName().toString();
                    if (!name.chars().allMatch(Character::isDigit)) {
                        continue;
                    }
                    String[] stat;
                    try {
                        String text = Files.readString(process.resolve("stat"));
                        stat = text.substring(text.lastIndexOf(')') + 2).split(" ");
                    } catch (IOException gone) {
                        continue;
                    }
                    // after the command: [0] state, [1] ppid, … [11] utime, [12] stime, [13] cutime, [14] cstime
                    if (name.equals(postmaster)) {
                        ticks += Long.parseLong(stat[11]) + Long.parseLong(stat[12]) + Long.parseLong(stat[13])
                                + Long.parseLong(stat[14]);
                    } else if (stat[1].equals(postmaster)) {
                        ticks += Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
                    }
                }
            }
            return ticks * 10_000_000L; // USER_HZ is 100 on Linux
        } catch (IOException | RuntimeException e) {
            return -1;
        }
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

package org.uca.benchmarks;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.uca.adapter.persistence.BulkLoad;
import org.uca.adapter.persistence.UcaDatabase;
import org.uca.adapter.web.security.Passwords;
import org.uca.application.port.out.Role;
import org.uca.application.port.out.Ports;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.domain.calendar.WorkingDays;
import org.uca.domain.cases.Case;
import org.uca.domain.fixtures.Staff;

/**
 * Generates a synthetic landlord ({@link SyntheticLandlord}) and loads it into H2 and/or PostgreSQL: the schema is
 * made by UCA's own Flyway migrations ({@link UcaDatabase#connect}), the rows written by {@link BulkLoad} with
 * batched inserts, cases generated in parallel with the writing. Ends by reading sample cases back through the
 * adapter to prove the rows are what the adapter itself would have written.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.uca.benchmarks.DataSetGenerator --residents 100000 --db both</pre>
 */
public final class DataSetGenerator {

    /** The contact-centre account the load drill signs in with. */
    public static final String OFFICER_USERNAME = "bench.officer";
    public static final String OFFICER_PASSWORD = "bench-officer-pass";
    /** The Service Development Team account (monitoring report). */
    public static final String SDT_USERNAME = "bench.sdt";
    public static final String SDT_PASSWORD = "bench-sdt-pass";
    public static final org.uca.domain.people.StaffMember SDT_MEMBER = new org.uca.domain.people.StaffMember(
            new org.uca.domain.people.StaffId("sdt-nina"), "Nina Patel", "Service Development Team",
            org.uca.domain.people.AuthorityLevel.NONE);

    private static final int CHUNK = 20_000;
    private static final long SEED = 7;

    private DataSetGenerator() {
    }

    public static void main(String[] args) throws Exception {
        int residents = 10_000;
        String db = "both";
        boolean force = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--residents" -> residents = Integer.parseInt(args[++i].replace("_", "").replace("k", "000")
                        .replace("M", "000000"));
                case "--db" -> db = args[++i].toLowerCase(Locale.ROOT);
                case "--force" -> force = true;
                default -> throw new IllegalArgumentException("Usage: DataSetGenerator --residents N"
                        + " [--db h2|postgres|both] [--force]");
            }
        }
        List<BenchDatabase.Engine> engines = db.equals("both")
                ? List.of(BenchDatabase.Engine.POSTGRES, BenchDatabase.Engine.H2)
                : List.of(BenchDatabase.Engine.of(db));
        for (BenchDatabase.Engine engine : engines) {
            try (BenchDatabase database = BenchDatabase.open(engine, residents)) {
                if (database.loaded() && !force) {
                    System.out.println(engine + " " + residents + ": already loaded in " + database.directory()
                            + " (--force to regenerate)");
                    continue;
                }
                generate(database);
            }
        }
    }

    static void generate(BenchDatabase database) throws Exception {
        int residents = database.residents();
        long started = System.nanoTime();
        database.wipe();
        try (UcaDatabase uca = UcaDatabase.connect(database.settings(2))) {
            // Flyway has made the real schema and Hibernate has validated it; staff and accounts go in through the
            // adapter, the residents and cases by the adapter's bulk load.
            if (!uca.healthy()) {
                throw new IllegalStateException("The new database does not answer.");
            }
            SyntheticLandlord.staff().append(SDT_MEMBER).forEach(uca::saveStaff);
            uca.saveAccount(OFFICER_USERNAME, Passwords.hash(OFFICER_PASSWORD), Staff.CONTACT_CENTRE_OFFICER.id(),
                    Role.OFFICER);
            uca.saveAccount(SDT_USERNAME, Passwords.hash(SDT_PASSWORD), SDT_MEMBER.id(),
                    Role.SERVICE_DEVELOPMENT_TEAM);
        }
        long schemaDone = System.nanoTime();
        SyntheticLandlord landlord = new SyntheticLandlord(Instant.now(), SEED);
        long cases = 0;
        try (BulkLoad load = new BulkLoad(database.connect())) {
            CompletableFuture<Chunk> next = CompletableFuture.supplyAsync(() -> chunk(landlord, 1, residents));
            for (int first = 1; first <= residents; first += CHUNK) {
                Chunk chunk = next.join();
                int following = first + CHUNK;
                next = following <= residents
                        ? CompletableFuture.supplyAsync(() -> chunk(landlord, following, residents))
                        : null;
                for (Resident r : chunk.residents) {
                    load.resident(r);
                }
                for (BulkLoad.PreparedCase c : chunk.cases) {
                    load.add(c);
                }
                load.commit();
                cases += chunk.cases.size();
                System.out.printf(Locale.ROOT, "  %s: %,d of %,d residents, %,d cases (%.0f s)%n", database.engine(),
                        Math.min(residents, first + CHUNK - 1), residents, cases, seconds(started));
            }
        }
        long loaded = System.nanoTime();
        analyse(database);
        Properties counts = verify(database);
        long done = System.nanoTime();
        counts.setProperty("residents", String.valueOf(residents));
        counts.setProperty("generatedAt", Instant.now().toString());
        counts.setProperty("seconds.schema", String.format(Locale.ROOT, "%.1f", (schemaDone - started) / 1e9));
        counts.setProperty("seconds.load", String.format(Locale.ROOT, "%.1f", (loaded - schemaDone) / 1e9));
        counts.setProperty("seconds.total", String.format(Locale.ROOT, "%.1f", (done - started) / 1e9));
        counts.setProperty("bytes", String.valueOf(sizeOf(database)));
        try (Writer out = Files.newBufferedWriter(database.marker())) {
            counts.store(out, "UCA benchmark data set");
        }
        System.out.println(database.engine() + " " + residents + " residents loaded: " + counts);
    }

    private record Chunk(List<Resident> residents, List<BulkLoad.PreparedCase> cases) {
    }

    /** Residents {@code first …} and their cases, made in parallel (domain operations, JSON, projections). */
    private static Chunk chunk(SyntheticLandlord landlord, int first, int last) {
        int end = Math.min(last, first + CHUNK - 1);
        List<Resident> residents = IntStream.rangeClosed(first, end).mapToObj(landlord::resident).toList();
        List<BulkLoad.PreparedCase> cases = IntStream.rangeClosed(first, end).parallel()
                .filter(SyntheticLandlord::hasCase)
                .mapToObj(n -> BulkLoad.prepare(landlord.caseOf(n).get()))
                .toList();
        return new Chunk(residents, cases);
    }

    private static void analyse(BenchDatabase database) throws Exception {
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            s.execute(database.engine() == BenchDatabase.Engine.POSTGRES ? "vacuum analyze" : "analyze");
        }
    }

    /** Counts the rows, and reads sample cases back through the adapter: they must rebuild as generated. */
    private static Properties verify(BenchDatabase database) throws Exception {
        Properties p = new Properties();
        try (Connection c = database.connect(); Statement s = c.createStatement()) {
            for (String table : List.of("resident", "uca_case", "case_event", "case_action", "case_warning",
                    "case_decision", "decision_measure", "case_appeal")) {
                try (ResultSet r = s.executeQuery("select count(*) from " + table)) {
                    r.next();
                    p.setProperty("rows." + table, String.valueOf(r.getLong(1)));
                }
            }
        }
        SyntheticLandlord again = new SyntheticLandlord(Instant.now(), SEED);
        try (UcaDatabase uca = UcaDatabase.connect(database.settings(2))) {
            Ports ports = uca.ports(Instant::now, WorkingDays.ENGLAND_AND_WALES);
            List<Integer> samples = new ArrayList<>();
            for (int n = 3; n <= database.residents(); n += Math.max(10, database.residents() / 50)) {
                samples.add(n - n % 10 + 3);
            }
            for (int n : samples) {
                if (n > database.residents()) {
                    continue;
                }
                Case stored = ports.cases().findByResident(SyntheticLandlord.residentId(n)).getOrElseThrow(
                        () -> new IllegalStateException("The adapter cannot find the case of resident " + n));
                Case made = again.caseOf(n).get();
                if (stored.version() != made.version() || !stored.resident().equals(made.resident())) {
                    throw new IllegalStateException("Resident " + n + "'s case did not read back as written");
                }
            }
            p.setProperty("verifiedThroughAdapter", String.valueOf(samples.size()));
        }
        return p;
    }

    private static long sizeOf(BenchDatabase database) throws IOException {
        try (var files = Files.walk(database.directory())) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    static double seconds(long since) {
        return Duration.ofNanos(System.nanoTime() - since).toMillis() / 1000.0;
    }
}

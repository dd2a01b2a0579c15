package org.uca.benchmarks;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.uca.adapter.persistence.UcaDatabase;
import org.uca.adapter.persistence.json.StoredJson;
import org.uca.application.port.in.Failure;
import org.uca.application.port.out.Ports;
import org.uca.application.service.UcaApplication;
import org.uca.domain.calendar.WorkingDays;
import org.uca.domain.cases.Case;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.guidance.ContactGuidance;
import org.uca.domain.people.ResidentId;

/**
 * The guidance look-up against a loaded data set (generate it first with {@link DataSetGenerator}), from the limit
 * to the whole use case, one thread, a random resident with a case each time:
 * <ul>
 *   <li>{@code rawJdbcByPrimaryKey}: {@code select snapshot from uca_case where id = ?} on a plain connection: one
 *       indexed read, nothing else — the floor;</li>
 *   <li>{@code rawJdbcByResident}: the same by {@code resident_id} (the unique index the adapter reads by);</li>
 *   <li>{@code rawJdbcByResidentAndRebuild}: … plus rebuilding the case from its JSON snapshot (the adapter's
 *       {@code StoredJson.caseFrom}, with every invariant checked);</li>
 *   <li>{@code repositoryFindByResident}: the adapter's {@code Cases.findByResident} (Hibernate, pool, transaction,
 *       JSON);</li>
 *   <li>{@code guidanceUseCase} / {@code guidanceUseCaseAnyResident}: the application's
 *       {@code ContactGuidanceQuery.guidanceFor} (staff check, case, guidance) for residents with a case / any
 *       resident (nine in ten have none).</li>
 * </ul>
 * Each has the same pool and database as UCA itself would use.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2) // Hibernate's paths need about 8 s of warm-up to reach steady state
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class GuidanceQueryBenchmark {

    @Param({"10000"})
    public int residents;

    @Param({"h2", "postgres"})
    public String db;

    private BenchDatabase database;
    private UcaDatabase uca;
    private Ports ports;
    private UcaApplication application;
    private Connection raw;
    private PreparedStatement byId;
    private PreparedStatement byResident;
    private UUID[] caseIds;
    private ResidentId[] withCase;
    private String[] snapshots;

    @Setup(Level.Trial)
    public void open() throws SQLException {
        database = BenchDatabase.open(BenchDatabase.Engine.of(db), residents);
        database.requireLoaded();
        uca = UcaDatabase.connect(database.settings(5));
        ports = uca.ports(Instant::now, WorkingDays.ENGLAND_AND_WALES);
        application = new UcaApplication(ports);
        raw = database.connect();
        raw.setAutoCommit(true);
        byId = raw.prepareStatement("select snapshot from uca_case where id = ?");
        byResident = raw.prepareStatement("select snapshot from uca_case where resident_id = ?");
        List<UUID> ids = new ArrayList<>();
        List<ResidentId> residentsWithCase = new ArrayList<>();
        try (Statement s = raw.createStatement(); ResultSet r = s.executeQuery("select id, resident_id from uca_case")) {
            while (r.next()) {
                ids.add(r.getObject(1, UUID.class));
                residentsWithCase.add(new ResidentId(r.getString(2)));
            }
        }
        List<String> sample = new ArrayList<>();
        try (Statement s = raw.createStatement();
                ResultSet r = s.executeQuery("select snapshot from uca_case order by id fetch first 1000 rows only")) {
            while (r.next()) {
                sample.add(r.getString(1));
            }
        }
        snapshots = sample.toArray(String[]::new);
        caseIds = ids.toArray(UUID[]::new);
        withCase = residentsWithCase.toArray(ResidentId[]::new);
    }

    @TearDown(Level.Trial)
    public void close() throws SQLException {
        raw.close();
        uca.close();
        database.close();
    }

    private static int any(int size) {
        return ThreadLocalRandom.current().nextInt(size);
    }

    @Benchmark
    public String rawJdbcByPrimaryKey() throws SQLException {
        byId.setObject(1, caseIds[any(caseIds.length)]);
        try (ResultSet r = byId.executeQuery()) {
            return r.next() ? r.getString(1) : null;
        }
    }

    @Benchmark
    public String rawJdbcByResident() throws SQLException {
        byResident.setString(1, withCase[any(withCase.length)].value());
        try (ResultSet r = byResident.executeQuery()) {
            return r.next() ? r.getString(1) : null;
        }
    }

    @Benchmark
    public Case rawJdbcByResidentAndRebuild() throws SQLException {
        return StoredJson.caseFrom(rawJdbcByResident());
    }

    @Benchmark
    public Option<Case> repositoryFindByResident() {
        return ports.cases().findByResident(withCase[any(withCase.length)]);
    }

    @Benchmark
    public Either<Failure, ContactGuidance> guidanceUseCase() {
        return application.contactGuidance().guidanceFor(Staff.CONTACT_CENTRE_OFFICER.id(),
                withCase[any(withCase.length)]);
    }

    /**
     * What {@code guidanceUseCase} would cost with the staff check inside the same unit of work as the case read
     * (one transaction instead of two): the change proposed for {@code CaseCommands.read}.
     */
    @Benchmark
    public Option<ContactGuidance> guidanceInOneUnitOfWork() {
        ResidentId resident = withCase[any(withCase.length)];
        return ports.unitOfWork().inTransaction(() -> ports.staff().find(Staff.CONTACT_CENTRE_OFFICER.id())
                .flatMap(who -> ports.cases().findByResident(resident))
                .map(c -> ContactGuidance.forCase(c, Instant.now())));
    }

    /** Rebuilding a case from a snapshot already in memory: the JSON share of every read. */
    @Benchmark
    public Case rebuildFromSnapshotOnly() {
        return StoredJson.caseFrom(snapshots[any(snapshots.length)]);
    }

    @Benchmark
    public Either<Failure, ContactGuidance> guidanceUseCaseAnyResident() {
        return application.contactGuidance().guidanceFor(Staff.CONTACT_CENTRE_OFFICER.id(),
                SyntheticLandlord.residentId(1 + any(residents)));
    }
}

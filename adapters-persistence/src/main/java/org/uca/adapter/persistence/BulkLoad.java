package org.uca.adapter.persistence;

import io.vavr.collection.Seq;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.uca.adapter.persistence.json.StoredJson;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.CaseEvent;

/**
 * Loads a whole landlord at once — a synthetic one for the benchmarks, of up to a million residents — with batched
 * JDBC inserts instead of one Hibernate transaction per case (minutes instead of hours). It writes exactly the rows
 * {@link JpaCases} writes when it saves a new case: the same JSON snapshot and event documents ({@link StoredJson}),
 * the same projection facts ({@link Projections#of}), the same monitoring counts ({@link MonitoringCounts}, added up
 * in memory for each batch and written with it); {@code BulkLoadTest} reads bulk-loaded cases back through the
 * adapter and compares every projection row and count with those of a normal save, so a change to the stored format
 * that is not made here as well fails the build.
 *
 * <p>For an empty database whose schema {@link UcaDatabase#connect} has made; not for use while UCA serves
 * requests, and never by the application. Staff and sign-in accounts go through {@link UcaDatabase#saveStaff} and
 * {@link UcaDatabase#saveAccount}. Every SQL statement this class sends is in {@link Sql} (but the monitoring
 * counts', which is the one a save sends): that is the one place to change when the stored format changes.
 *
 * <pre>{@code
 * try (BulkLoad load = new BulkLoad(connection)) {
 *     residents.forEach(load::resident);
 *     cases.map(BulkLoad::prepare).forEach(load::add);   // prepare is thread-safe: make them in parallel
 *     load.commit();                                      // every few thousand cases
 * }
 * }</pre>
 */
public final class BulkLoad implements AutoCloseable {

    /** A case turned into what its rows hold (snapshot, projection facts), ready to insert; see {@link #prepare}. */
    public static final class PreparedCase {
        private final Case theCase;
        private final String snapshot;
        private final String guidance;
        private final Seq<PartRow> parts;
        private final Projections.Facts facts;

        private PreparedCase(Case theCase, String snapshot, String guidance, Seq<PartRow> parts,
                Projections.Facts facts) {
            this.theCase = theCase;
            this.snapshot = snapshot;
            this.guidance = guidance;
            this.parts = parts;
            this.facts = facts;
        }

        public Case theCase() {
            return theCase;
        }
    }

    /** One row of case_part: a numbered action, warning, decision, appeal or contact, as a format-2 document. */
    private record PartRow(StoredJson.Part part, int number, String document) {
    }

    /**
     * Every statement the bulk load sends, in one place (keep in step with the migrations and {@link JpaCases});
     * the monitoring counts' upsert is {@link MonitoringCounts#add}'s, as a save sends it.
     */
    static final class Sql {
        static final String RESIDENT = "insert into resident (id, name, address, address_lines, postcode, uprn,"
                + " tenancy_start, tenancy_end, email, phone, preferred_contact, "
                + JpaResidentDirectory.CHARACTERISTICS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?"
                + ", ?".repeat(org.uca.domain.people.ProtectedCharacteristic.values().length) + ")";
        /** {@code json} is the JSON parameter: {@code ?} on H2, {@code cast(? as jsonb)} on PostgreSQL. */
        static String caseRow(String json) {
            return "insert into uca_case (id, resident_id, row_version, case_version, snapshot, opened_at, updated_at,"
                    + " closed_at, anonymised_at, guidance, guidance_version) values (?, ?, 0, ?, " + json
                    + ", ?, ?, ?, null, ?, ?)";
        }

        static String part(String json) {
            return "insert into case_part (case_id, part, part_no, document) values (?, ?, ?, " + json + ")";
        }

        static String event(String json) {
            return "insert into case_event (case_id, seq, event_type, occurred_at, by_staff, summary, payload)"
                    + " values (?, ?, ?, ?, ?, ?, " + json + ")";
        }
        static final String ACTION = "insert into case_action (case_id, action_no, kind, category, occurred_at,"
                + " occurred_on, safety_concern, recorded_by, entered_in_error) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        static final String WARNING = "insert into case_warning (case_id, warning_no, issued_at, issued_on,"
                + " issued_by, entered_in_error) values (?, ?, ?, ?, ?, ?)";
        static final String DECISION = "insert into case_decision (case_id, decision_no, authorised_at,"
                + " authorised_on, authorised_by, authorised_level, team, immediate, after_warning,"
                + " days_from_first_action, status, review_date, required_level, amended)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        static final String MEASURE = "insert into decision_measure (case_id, decision_no, measure_no, kind,"
                + " services) values (?, ?, ?, ?, ?)";
        static final String APPEAL = "insert into case_appeal (case_id, appeal_no, decision_no, received, due_by,"
                + " review_level, decided, decided_at, decided_on, outcome, late)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        static final String CORRESPONDENCE = "insert into case_correspondence (case_id, correspondence_no,"
                + " received_on, screen_by, screened, screened_on, late, new_issue, safeguarding)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

        private Sql() {
        }
    }

    private final Connection connection;
    private final PreparedStatement resident;
    private final PreparedStatement caseRow;
    private final PreparedStatement part;
    private final PreparedStatement event;
    private final PreparedStatement action;
    private final PreparedStatement warning;
    private final PreparedStatement decision;
    private final PreparedStatement measure;
    private final PreparedStatement appeal;
    private final PreparedStatement correspondence;
    private final boolean h2;
    /** The monitoring counts of the cases batched since the last commit. */
    private io.vavr.collection.TreeMap<MonitoringCounts.Counter, Long> counts = io.vavr.collection.TreeMap.empty();

    /**
     * Takes over the connection (turning auto-commit off) until {@link #close}, which closes it; on PostgreSQL add
     * {@code reWriteBatchedInserts=true} to its URL for speed.
     */
    public BulkLoad(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(false);
        resident = connection.prepareStatement(Sql.RESIDENT);
        h2 = !connection.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT)
                .contains("postgres");
        String json = h2 ? "?" : "cast(? as jsonb)";
        caseRow = connection.prepareStatement(Sql.caseRow(json));
        part = connection.prepareStatement(Sql.part(json));
        event = connection.prepareStatement(Sql.event(json));
        action = connection.prepareStatement(Sql.ACTION);
        warning = connection.prepareStatement(Sql.WARNING);
        decision = connection.prepareStatement(Sql.DECISION);
        measure = connection.prepareStatement(Sql.MEASURE);
        appeal = connection.prepareStatement(Sql.APPEAL);
        correspondence = connection.prepareStatement(Sql.CORRESPONDENCE);
    }

    /** The snapshot and projection facts of a case, as the adapter computes them on save (thread-safe). */
    public static PreparedCase prepare(Case c) {
        Seq<PartRow> parts = io.vavr.collection.List.empty();
        for (StoredJson.Part kind : StoredJson.Part.values()) {
            Seq<?> values = kind.of(c);
            for (int i = 0; i < values.size(); i++) {
                parts = parts.append(new PartRow(kind, i + 1, StoredJson.partOf(kind, values.get(i))));
            }
        }
        return new PreparedCase(c, StoredJson.headOf(c), StoredJson.guidanceOf(c), parts, Projections.of(c));
    }

    /** Batches a resident of the directory that stands in for the housing system (sent by {@link #commit}). */
    public void resident(Resident r) throws SQLException {
        new ResidentJpaEntity(r).bind(resident); // the row a save writes
        resident.addBatch();
    }

    /** Batches a new case with its whole history and its projection rows (sent by {@link #commit}). */
    public void add(PreparedCase prepared) throws SQLException {
        Case c = prepared.theCase;
        UUID id = c.id().value();
        Instant updatedAt = c.history().last().at();
        caseRow.setObject(1, id);
        caseRow.setString(2, c.resident().value());
        caseRow.setLong(3, c.version());
        caseRow.setString(4, prepared.snapshot);
        caseRow.setObject(5, time(c.history().head().at()));
        caseRow.setObject(6, time(updatedAt));
        caseRow.setObject(7, c.closed() ? time(updatedAt) : null, Types.TIMESTAMP_WITH_TIMEZONE);
        caseRow.setString(8, prepared.guidance);
        caseRow.setLong(9, c.version());
        caseRow.addBatch();
        for (PartRow row : prepared.parts) {
            part.setObject(1, id);
            part.setString(2, row.part().name());
            part.setInt(3, row.number());
            part.setString(4, row.document());
            part.addBatch();
        }
        int seq = 0;
        for (CaseEvent e : c.history()) {
            event.setObject(1, id);
            event.setInt(2, ++seq);
            event.setString(3, StoredJson.typeOf(e));
            event.setObject(4, time(e.at()));
            event.setString(5, e.by().value());
            event.setString(6, e.summary());
            event.setString(7, StoredJson.eventOf(e));
            event.addBatch();
        }
        Projections.Facts f = prepared.facts;
        for (Projections.ActionFact a : f.actions().values()) {
            action.setObject(1, id);
            action.setInt(2, a.number());
            action.setString(3, a.kind());
            action.setString(4, a.category());
            action.setObject(5, time(a.occurredAt()));
            action.setObject(6, a.occurredOn());
            action.setBoolean(7, a.safetyConcern());
            action.setString(8, a.recordedBy());
            action.setBoolean(9, a.enteredInError());
            action.addBatch();
        }
        for (Projections.WarningFact w : f.warnings().values()) {
            warning.setObject(1, id);
            warning.setInt(2, w.number());
            warning.setObject(3, time(w.issuedAt()));
            warning.setObject(4, w.issuedOn());
            warning.setString(5, w.issuedBy());
            warning.setBoolean(6, w.enteredInError());
            warning.addBatch();
        }
        for (Projections.DecisionFact d : f.decisions().values()) {
            decision.setObject(1, id);
            decision.setInt(2, d.number());
            decision.setObject(3, time(d.authorisedAt()));
            decision.setObject(4, d.authorisedOn());
            decision.setString(5, d.authorisedBy());
            decision.setString(6, d.authorisedLevel());
            decision.setString(7, d.team());
            decision.setBoolean(8, d.immediate());
            decision.setObject(9, d.afterWarning(), Types.INTEGER);
            decision.setInt(10, d.daysFromFirstAction());
            decision.setString(11, d.status());
            decision.setObject(12, d.reviewDate());
            decision.setString(13, d.requiredLevel());
            decision.setBoolean(14, d.amended());
            decision.addBatch();
        }
        for (Projections.MeasureFact m : f.measures().values()) {
            measure.setObject(1, id);
            measure.setInt(2, m.decision());
            measure.setInt(3, m.position());
            measure.setString(4, m.kind());
            measure.setString(5, m.services());
            measure.addBatch();
        }
        for (Projections.AppealFact a : f.appeals().values()) {
            appeal.setObject(1, id);
            appeal.setInt(2, a.number());
            appeal.setInt(3, a.decision());
            appeal.setObject(4, a.received());
            appeal.setObject(5, a.dueBy());
            appeal.setString(6, a.reviewLevel());
            appeal.setBoolean(7, a.decided());
            appeal.setObject(8, a.decidedAt() == null ? null : time(a.decidedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
            appeal.setObject(9, a.decidedOn(), Types.DATE);
            appeal.setString(10, a.outcome());
            appeal.setBoolean(11, a.late());
            appeal.addBatch();
        }
        for (Projections.CorrespondenceFact k : f.correspondence().values()) {
            correspondence.setObject(1, id);
            correspondence.setInt(2, k.number());
            correspondence.setObject(3, k.receivedOn());
            correspondence.setObject(4, k.screenBy());
            correspondence.setBoolean(5, k.screened());
            correspondence.setObject(6, k.screenedOn(), Types.DATE);
            correspondence.setBoolean(7, k.late());
            correspondence.setBoolean(8, k.newIssue());
            correspondence.setBoolean(9, k.safeguarding());
            correspondence.addBatch();
        }
        counts = MonitoringCounts.tally(counts, MonitoringCounts.ofNewCase(f), 1);
    }

    /** Sends what is batched, parents first, and commits. */
    public void commit() throws SQLException {
        resident.executeBatch();
        caseRow.executeBatch();
        part.executeBatch();
        event.executeBatch();
        action.executeBatch();
        warning.executeBatch();
        decision.executeBatch();
        measure.executeBatch();
        appeal.executeBatch();
        correspondence.executeBatch();
        MonitoringCounts.add(connection, h2, counts);
        connection.commit();
        counts = io.vavr.collection.TreeMap.empty();
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** Closes the statements and the connection; what was not committed is rolled back. */
    @Override
    public void close() throws SQLException {
        try {
            connection.rollback();
        } finally {
            connection.close();
        }
    }
}

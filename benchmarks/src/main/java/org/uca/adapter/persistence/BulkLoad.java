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
import org.uca.domain.people.StaffMember;

/**
 * Benchmarks only: writes residents, staff, accounts and whole cases with batched JDBC inserts, producing exactly the
 * rows {@code JpaCases.save} would for a new case (the same JSON snapshot and event documents from
 * {@link StoredJson}, the same projection facts from {@link Projections#of}), so a data set of a million residents
 * loads in minutes rather than the hours one Hibernate transaction per case would take. It lives in the adapter's
 * package (in the benchmarks module, never in the application) to reuse those package-private mappings instead of
 * copying them.
 */
public final class BulkLoad implements AutoCloseable {

    /** A case turned into its rows, ready to insert; made off the writing thread. */
    public record PreparedCase(Case theCase, String snapshot, Projections.Facts facts) {
    }

    private final Connection connection;
    private final PreparedStatement resident;
    private final PreparedStatement caseRow;
    private final PreparedStatement event;
    private final PreparedStatement action;
    private final PreparedStatement warning;
    private final PreparedStatement decision;
    private final PreparedStatement measure;
    private final PreparedStatement appeal;

    public BulkLoad(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(false);
        resident = connection.prepareStatement("insert into resident (id, name, address) values (?, ?, ?)");
        caseRow = connection.prepareStatement("insert into uca_case (id, resident_id, row_version, case_version,"
                + " snapshot, opened_at, updated_at, closed_at, anonymised_at) values (?, ?, 0, ?, ?, ?, ?, ?, null)");
        event = connection.prepareStatement("insert into case_event (case_id, seq, event_type, occurred_at, by_staff,"
                + " summary, payload) values (?, ?, ?, ?, ?, ?, ?)");
        action = connection.prepareStatement("insert into case_action (case_id, action_no, kind, category,"
                + " occurred_at, occurred_on, safety_concern, recorded_by) values (?, ?, ?, ?, ?, ?, ?, ?)");
        warning = connection.prepareStatement("insert into case_warning (case_id, warning_no, issued_at, issued_on,"
                + " issued_by) values (?, ?, ?, ?, ?)");
        decision = connection.prepareStatement("insert into case_decision (case_id, decision_no, authorised_at,"
                + " authorised_on, authorised_by, authorised_level, team, immediate, after_warning,"
                + " days_from_first_action, status, review_date) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        measure = connection.prepareStatement("insert into decision_measure (case_id, decision_no, measure_no, kind)"
                + " values (?, ?, ?, ?)");
        appeal = connection.prepareStatement("insert into case_appeal (case_id, appeal_no, decision_no, received,"
                + " due_by, review_level, decided, decided_at, decided_on, outcome, late)"
                + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }

    /** The snapshot and projection facts of a case, as the adapter computes them on save (thread-safe). */
    public static PreparedCase prepare(Case c) {
        return new PreparedCase(c, StoredJson.snapshotOf(c), Projections.of(c));
    }

    public void staff(Seq<StaffMember> members) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "insert into staff_member (id, name, team, authority) values (?, ?, ?, ?)")) {
            for (StaffMember m : members) {
                s.setString(1, m.id().value());
                s.setString(2, m.name());
                s.setString(3, m.team());
                s.setString(4, m.authority().name());
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    public void account(String username, String passwordHash, StaffMember member, String role) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "insert into staff_account (username, password_hash, staff_id, role) values (?, ?, ?, ?)")) {
            s.setString(1, username);
            s.setString(2, passwordHash);
            s.setString(3, member.id().value());
            s.setString(4, role);
            s.executeUpdate();
        }
    }

    public void resident(Resident r) throws SQLException {
        resident.setString(1, r.id().value());
        resident.setString(2, r.name());
        resident.setString(3, r.address());
        resident.addBatch();
    }

    public void add(PreparedCase prepared) throws SQLException {
        Case c = prepared.theCase();
        UUID id = c.id().value();
        Instant updatedAt = c.history().last().at();
        caseRow.setObject(1, id);
        caseRow.setString(2, c.resident().value());
        caseRow.setLong(3, c.version());
        caseRow.setString(4, prepared.snapshot());
        caseRow.setObject(5, time(c.history().head().at()));
        caseRow.setObject(6, time(updatedAt));
        caseRow.setObject(7, c.decisionsInForce().isEmpty() ? time(updatedAt) : null, Types.TIMESTAMP_WITH_TIMEZONE);
        caseRow.addBatch();
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
        Projections.Facts f = prepared.facts();
        for (Projections.ActionFact a : f.actions().values()) {
            action.setObject(1, id);
            action.setInt(2, a.number());
            action.setString(3, a.kind());
            action.setString(4, a.category());
            action.setObject(5, time(a.occurredAt()));
            action.setObject(6, a.occurredOn());
            action.setBoolean(7, a.safetyConcern());
            action.setString(8, a.recordedBy());
            action.addBatch();
        }
        for (Projections.WarningFact w : f.warnings().values()) {
            warning.setObject(1, id);
            warning.setInt(2, w.number());
            warning.setObject(3, time(w.issuedAt()));
            warning.setObject(4, w.issuedOn());
            warning.setString(5, w.issuedBy());
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
            decision.addBatch();
        }
        for (Projections.MeasureFact m : f.measures().values()) {
            measure.setObject(1, id);
            measure.setInt(2, m.decision());
            measure.setInt(3, m.position());
            measure.setString(4, m.kind());
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
    }

    /** Sends what is batched, parents first, and commits. */
    public void commit() throws SQLException {
        resident.executeBatch();
        caseRow.executeBatch();
        event.executeBatch();
        action.executeBatch();
        warning.executeBatch();
        decision.executeBatch();
        measure.executeBatch();
        appeal.executeBatch();
        connection.commit();
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}

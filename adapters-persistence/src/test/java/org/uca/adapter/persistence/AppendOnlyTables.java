package org.uca.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The audit log and the case timeline are append-only in the database itself, whoever connects. */
abstract class AppendOnlyTables extends OnADatabase {

    @Test
    @DisplayName("the audit log rejects UPDATE and DELETE")
    void auditLogIsAppendOnly() throws SQLException {
        journey.recordVerbalAbuse(ALEX);
        long entries = db.rows("audit_entry");
        assertThat(entries).isEqualTo(1);
        try (Connection c = db.jdbc(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("update audit_entry set why = 'nothing happened'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("delete from audit_entry"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        assertThat(db.rows("audit_entry")).isEqualTo(entries);
        assertThat(ports.audit().forCase(journey.recordVerbalAbuse(ALEX).caseId()).head().why())
                .isEqualTo("Unacceptable action recorded");
    }

    @Test
    @DisplayName("the case timeline rejects UPDATE and DELETE")
    void timelineIsAppendOnly() throws SQLException {
        journey.recordVerbalAbuse(ALEX);
        try (Connection c = db.jdbc(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("update case_event set by_staff = 'someone-else'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("delete from case_event"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        assertThat(db.rows("case_event")).isEqualTo(1);
    }

    @Test
    @DisplayName("TRUNCATE cannot empty the audit log or the timeline")
    void truncateIsRefused() throws SQLException {
        journey.recordVerbalAbuse(ALEX);
        try (Connection c = db.jdbc(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.execute("truncate table audit_entry")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> s.execute("truncate table case_event")).isInstanceOf(SQLException.class);
        }
        assertThat(db.rows("audit_entry")).isEqualTo(1);
        assertThat(db.rows("case_event")).isEqualTo(1);
    }

    @Test
    @DisplayName("the access log (who looked at personal data) rejects UPDATE, DELETE and TRUNCATE")
    void accessLogIsAppendOnly() throws SQLException {
        var recorded = journey.recordVerbalAbuse(ALEX);
        org.uca.application.testbed.Journey.ok(app.casePage().casePage(
                org.uca.domain.fixtures.Staff.OFFICER.id(), recorded.caseId()), "the case page");
        assertThat(db.rows("access_entry")).isEqualTo(1);
        try (Connection c = db.jdbc(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("update access_entry set who = 'someone-else'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("delete from access_entry"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.execute("truncate table access_entry")).isInstanceOf(SQLException.class);
        }
        assertThat(db.rows("access_entry")).isEqualTo(1);
    }

    @Test
    @DisplayName("a quarter's published equality comparison rejects UPDATE, DELETE and TRUNCATE: it is given as first"
            + " published")
    void publishedTenancyProfileIsAppendOnly() throws SQLException {
        var quarter = new org.uca.domain.calendar.Quarter(2026, 2);
        ports.monitoring().publishProfile(quarter, org.uca.application.port.out.TenancyProfile.NONE,
                java.time.Instant.parse("2026-07-01T09:00:00Z"));
        assertThat(db.rows("published_tenancy_profile")).isEqualTo(1);
        try (Connection c = db.jdbc(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("update published_tenancy_profile set counts = '[]'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.executeUpdate("delete from published_tenancy_profile"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> s.execute("truncate table published_tenancy_profile"))
                    .isInstanceOf(SQLException.class);
        }
        assertThat(db.rows("published_tenancy_profile")).isEqualTo(1);
    }

    @Test
    @DisplayName("the audit log stays append-only with the column that names the resident of an entry made before"
            + " their case: UPDATE of it is refused")
    void residentColumnIsAppendOnlyToo() throws SQLException {
        app.recordUnacceptableActions().recordActions(new org.uca.application.port.in.RecordUnacceptableActionsUseCase
                .Command(org.uca.domain.fixtures.Staff.OFFICER.id(), ALEX, io.vavr.collection.List.of()));
        try (Connection c = db.jdbc(); Statement s = c.createStatement()) {
            assertThatThrownBy(() -> s.executeUpdate("update audit_entry set resident_ref = null"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
        }
        assertThat(ports.audit().aboutCase(journey.recordVerbalAbuse(ALEX).caseId(), ALEX, 1, 10).items()
                .last().resident()).contains(ALEX);
    }
}

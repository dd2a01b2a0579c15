package org.uca.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * One user migrates (and owns the schema), another runs UCA: the running user does all of the application's work,
 * but cannot rewrite its history — not the append-only tables, not their triggers, not the schema.
 */
abstract class RunningUserCannotRewrite extends OnADatabase {

    /** The database's own ways to drop or switch off an append-only trigger. */
    abstract List<String> triggerChanges();

    @Test
    @DisplayName("the running user does the application's work: staff, accounts, residents, a case and its audit")
    void theRunningUserDoesTheWork() {
        var recorded = journey.recordVerbalAbuse(ALEX);
        journey.recordVerbalAbuse(ALEX);
        journey.warn(recorded.caseId(), io.vavr.collection.List.of(new org.uca.domain.cases.ActionId(1)));
        assertThat(db.rows("audit_entry")).isEqualTo(3);
        assertThat(db.rows("case_event")).isEqualTo(3);
        assertThat(db.database.isDemoStore()).isFalse();
    }

    @Test
    @DisplayName("as the running user, UPDATE, DELETE and TRUNCATE of the audit log and the timeline are refused")
    void appendOnlyTablesStayAppendOnly() throws SQLException {
        journey.recordVerbalAbuse(ALEX);
        refused(List.of("update audit_entry set why = 'nothing happened'", "delete from audit_entry",
                "truncate table audit_entry", "update case_event set by_staff = 'someone-else'",
                "delete from case_event", "truncate table case_event"));
        assertThat(db.rows("audit_entry")).isEqualTo(1);
        assertThat(db.rows("case_event")).isEqualTo(1);
    }

    @Test
    @DisplayName("as the running user, the access log takes a line for each look, and UPDATE, DELETE and TRUNCATE of"
            + " it are refused")
    void accessLogStaysAppendOnly() throws SQLException {
        var recorded = journey.recordVerbalAbuse(ALEX);
        org.uca.application.testbed.Journey.ok(app.casePage().casePage(org.uca.domain.fixtures.Staff.OFFICER.id(),
                recorded.caseId()), "the case page");
        refused(List.of("update access_entry set who = 'someone-else'", "delete from access_entry",
                "truncate table access_entry", "update audit_entry set resident_ref = 'R-9'"));
        assertThat(db.rows("access_entry")).isEqualTo(1);
    }

    @Test
    @DisplayName("as the running user, the append-only triggers cannot be dropped or switched off; the schema's owner"
            + " could")
    void triggersStay() throws SQLException {
        journey.recordVerbalAbuse(ALEX);
        refused(triggerChanges());
        refused(List.of("update audit_entry set why = 'nothing happened'"));
        try (Connection owner = asMigrationUser(); Statement s = owner.createStatement()) {
            s.execute(triggerChanges().get(0)); // the same statement, as the owner: the refusal was the rights'
        }
    }

    @Test
    @DisplayName("as the running user, tables cannot be dropped or altered, the schema history and the demo mark"
            + " cannot be changed, and no table can be added")
    void schemaStays() throws SQLException {
        journey.recordVerbalAbuse(ALEX);
        refused(List.of("drop table audit_entry", "alter table audit_entry add column note varchar(10)",
                "alter table uca_case drop column snapshot", "delete from flyway_schema_history",
                "update flyway_schema_history set success = false",
                "delete from demo_store", "create table uca_shadow (id integer)"));
        assertThat(db.rows("audit_entry")).isEqualTo(1);
    }

    private void refused(List<String> statements) throws SQLException {
        try (Connection c = db.jdbc(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            for (String sql : statements) {
                try {
                    s.execute(sql);
                    org.junit.jupiter.api.Assertions.fail("not refused: " + sql);
                } catch (SQLException refused) {
                    // as it should be
                }
            }
        }
    }

    private Connection asMigrationUser() throws SQLException {
        return java.sql.DriverManager.getConnection(db.settings.jdbcUrl(), db.settings.migrationUser(),
                db.settings.migrationPassword());
    }
}

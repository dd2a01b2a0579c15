package org.uca.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Flyway builds the schema from nothing on both databases, and Hibernate validates it and nothing looser. */
abstract class SchemaAndMigrations {

    abstract TestDatabase.Kind kind();

    private static Connection open(DatabaseSettings settings) throws SQLException {
        return java.sql.DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
    }

    /**
     * Every version UCA migrates to on one engine, in order: the named scripts (V11_1 is version 11.1) and the Java
     * migration (7).
     */
    static List<String> allVersions(TestDatabase.Kind kind) {
        return MigrationScripts.versions(kind == TestDatabase.Kind.H2);
    }

    private static List<String> migrations(Connection c) throws SQLException {
        List<String> applied = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "select version, success from flyway_schema_history where version is not null order by installed_rank")) {
            while (r.next()) {
                applied.add(r.getString(1) + (r.getBoolean(2) ? "" : " (failed)"));
            }
        }
        return applied;
    }

    @Test
    @DisplayName("the migrations build the whole schema from an empty database, and Hibernate validates it")
    void migratesFromEmpty() throws SQLException {
        DatabaseSettings settings = TestDatabase.settingsFor(kind());
        try (Connection keepOpen = open(settings)) { // keeps an in-memory H2 database alive between connects
            try (Statement s = keepOpen.createStatement(); ResultSet r = s.executeQuery(
                    "select count(*) from information_schema.tables where lower(table_name) = 'uca_case'")) {
                r.next();
                assertThat(r.getInt(1)).as("the database starts empty").isZero();
            }
            UcaDatabase.connect(settings).close(); // migrates, then Hibernate validates: it would throw otherwise
            assertThat(migrations(keepOpen)).containsExactlyElementsOf(allVersions(kind())).startsWith("1", "2", "3", "4",
                    "5", "6", "7", "8", "9");

            UcaDatabase.connect(settings).close();
            assertThat(migrations(keepOpen)).as("a second start applies nothing again")
                    .containsExactlyElementsOf(allVersions(kind()));
        } finally {
            drop(settings);
        }
    }

    @Test
    @DisplayName("a database migrated by Flyway searching the class path, as earlier UCAs did, starts with the named"
            + " scripts: same scripts, same checksums, nothing applied again")
    void namedScriptsAreTheScriptsFlywayFinds() throws SQLException {
        DatabaseSettings settings = TestDatabase.settingsFor(kind());
        try (Connection keepOpen = open(settings)) {
            boolean h2 = kind() == TestDatabase.Kind.H2;
            org.flywaydb.core.Flyway.configure()
                    .dataSource(settings.jdbcUrl(), settings.user(), settings.password())
                    .locations("classpath:db/migration/common", "classpath:db/migration/" + (h2 ? "h2" : "postgresql"))
                    .javaMigrations(ExistingCases.all())
                    .load().migrate();
            List<String> searched = history(keepOpen);

            UcaDatabase.connect(settings).close(); // validates every checksum against the named scripts, or throws
            assertThat(history(keepOpen)).as("nothing applied again, nothing renamed").isEqualTo(searched)
                    .hasSize(allVersions(kind()).size());
        } finally {
            drop(settings);
        }
    }

    private static List<String> history(Connection c) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("select version, script, checksum"
                + " from flyway_schema_history where version is not null order by installed_rank")) {
            while (r.next()) {
                rows.add(r.getString(1) + " " + r.getString(2) + " " + r.getString(3));
            }
        }
        return rows;
    }

    @Test
    @DisplayName("Hibernate refuses to start on a schema that is not the one it maps")
    void validationIsStrict() throws SQLException {
        DatabaseSettings settings = TestDatabase.settingsFor(kind());
        try (Connection keepOpen = open(settings)) {
            UcaDatabase.connect(settings).close();
            try (Statement s = keepOpen.createStatement()) {
                s.execute("alter table case_decision drop column team");
            }
            assertThatThrownBy(() -> UcaDatabase.connect(settings))
                    .hasStackTraceContaining("team");

            // Started without waiting (as the server starts it): never healthy, and ready() says why.
            UcaDatabase started = UcaDatabase.start(settings);
            assertThat(started.healthy()).as("healthy while Hibernate boots or after it failed").isFalse();
            assertThatThrownBy(started::ready).hasStackTraceContaining("team");
            assertThat(started.healthy()).isFalse();
            started.close();
        } finally {
            drop(settings);
        }
    }

    @Test
    @DisplayName("UCA refuses a schema that a newer UCA migrated (Flyway would ignore the future migration), saying"
            + " which version it found and what to do, and changes nothing")
    void refusesANewerSchema() throws SQLException {
        DatabaseSettings settings = TestDatabase.settingsFor(kind());
        try (Connection keepOpen = open(settings)) {
            UcaDatabase.connect(settings).close();
            try (Statement s = keepOpen.createStatement()) {
                s.execute("insert into flyway_schema_history (installed_rank, version, description, type, script,"
                        + " checksum, installed_by, installed_on, execution_time, success) select"
                        + " max(installed_rank) + 1, '99', 'from a newer UCA', 'SQL', 'V99__from_a_newer_uca.sql', 0,"
                        + " 'uca', current_timestamp, 1, true from flyway_schema_history");
                s.execute("create table from_a_newer_uca (id integer)");
            }
            List<String> before = migrations(keepOpen);
            assertThatThrownBy(() -> UcaDatabase.connect(settings))
                    .isInstanceOf(SchemaTooNew.class)
                    .hasMessageContaining("at version 99, newer than this UCA knows ("
                            + MigrationScripts.latestVersion(kind() == TestDatabase.Kind.H2) + ")")
                    .hasMessageContaining("Start that UCA")
                    .message().doesNotContain("\n");
            assertThat(migrations(keepOpen)).as("nothing migrated").isEqualTo(before);
        } finally {
            drop(settings);
        }
    }

    @Test
    @DisplayName("a store the demo filled before stores were marked is marked as a demo store by the migration;"
            + " a real store with an account named admin is not")
    void marksAnEarlierDemoStore() throws SQLException {
        assertThat(markedAfterMigrating("S-ADM-1")).as("the demo's administrator and officer").isTrue();
        assertThat(markedAfterMigrating("S-IT-7")).as("a landlord's own admin account").isFalse();
    }

    /**
     * Migrates a fresh store to version 9, adds accounts officer and admin (admin for that member of staff), then
     * starts UCA on it; whether it is then a demo store.
     */
    private boolean markedAfterMigrating(String adminStaffId) throws SQLException {
        DatabaseSettings settings = TestDatabase.settingsFor(kind());
        try (Connection keepOpen = open(settings)) {
            migrateTo(settings, "9");
            try (Statement s = keepOpen.createStatement()) {
                s.execute("insert into staff_member (id, name, team, authority) values ('S-OFF-1', 'Priya Shah',"
                        + " 'Neighbourhood Housing', 'NONE'), ('" + adminStaffId + "', 'Sam Jones', 'IT', 'NONE')");
                s.execute("insert into staff_account (username, password_hash, staff_id, role) values ('officer', 'x',"
                        + " 'S-OFF-1', 'OFFICER'), ('admin', 'x', '" + adminStaffId + "', 'ADMINISTRATOR')");
            }
            try (UcaDatabase database = UcaDatabase.connect(settings)) {
                return database.isDemoStore();
            }
        } finally {
            drop(settings);
        }
    }

    /** Migrates the store as UCA does, but only as far as {@code version}. */
    private void migrateTo(DatabaseSettings settings, String version) {
        boolean h2 = kind() == TestDatabase.Kind.H2;
        org.flywaydb.core.Flyway.configure()
                .dataSource(settings.jdbcUrl(), settings.user(), settings.password())
                .locations(MigrationScripts.locations(h2))
                .resourceProvider(MigrationScripts.forEngine(h2))
                .javaMigrationClassProvider(java.util.List::of)
                .javaMigrations(ExistingCases.all())
                .target(version)
                .load().migrate();
    }

    @Test
    @DisplayName("policy 4.2: a decision stored before V29 needs a Service Manager to review it when its measures are"
            + " contact standards alone, and an Assistant Director when any other measure is among them")
    void requiredLevelOfEarlierDecisions() throws SQLException {
        DatabaseSettings settings = TestDatabase.settingsFor(kind());
        try (Connection c = open(settings)) {
            migrateTo(settings, "28");
            String caseId = "'" + java.util.UUID.randomUUID() + "'";
            try (Statement s = c.createStatement()) {
                s.execute("insert into uca_case (id, resident_id, row_version, case_version, snapshot, opened_at,"
                        + " updated_at) values (" + caseId + ", 'R-1', 1, 1, '{}', current_timestamp,"
                        + " current_timestamp)");
                for (int n = 1; n <= 2; n++) {
                    s.execute("insert into case_decision (case_id, decision_no, authorised_at, authorised_on,"
                            + " authorised_by, authorised_level, team, immediate, days_from_first_action, status,"
                            + " review_date) values (" + caseId + ", " + n + ", current_timestamp, current_date,"
                            + " 'ad-aisha', 'ASSISTANT_DIRECTOR', 'Housing', false, 0, 'IN_FORCE', current_date)");
                    s.execute("insert into decision_measure (case_id, decision_no, measure_no, kind) values ("
                            + caseId + ", " + n + ", 1, 'SINGLE_POINT_OF_CONTACT')");
                }
                s.execute("insert into decision_measure (case_id, decision_no, measure_no, kind) values ("
                        + caseId + ", 2, 2, 'HEALTH_AND_SAFETY_REPAIRS_ONLY')");
            }
            migrateTo(settings, "29");
            List<String> levels = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                    "select decision_no, required_level from case_decision order by decision_no")) {
                while (r.next()) {
                    levels.add(r.getInt(1) + " " + r.getString(2));
                }
            }
            assertThat(levels).containsExactly("1 SERVICE_MANAGER", "2 ASSISTANT_DIRECTOR");
        } finally {
            drop(settings);
        }
    }

    @Test
    @DisplayName("V31: a warning entered in error before it leaves the warnings counted for monitoring and is counted"
            + " apart; the audit and access lines that named a resident with no case name them by a reference, the"
            + " lines all kept, their text no longer naming them, the logs append-only again")
    void version31() throws SQLException {
        DatabaseSettings settings = TestDatabase.settingsFor(kind());
        try (Connection c = open(settings)) {
            migrateTo(settings, "30");
            String caseId = "'" + java.util.UUID.randomUUID() + "'";
            try (Statement s = c.createStatement()) {
                s.execute("insert into uca_case (id, resident_id, row_version, case_version, snapshot, opened_at,"
                        + " updated_at) values (" + caseId + ", 'R-1003', 1, 1, '{}', current_timestamp,"
                        + " current_timestamp)");
                s.execute("insert into case_part (case_id, part, part_no, document) values (" + caseId
                        + ", 'WARNING', 1, '{\"number\":1,\"enteredInError\":{\"by\":\"S-1\"}}'), (" + caseId
                        + ", 'WARNING', 2, '{\"number\":2,\"reasons\":\"\\\"enteredInError\\\":\"}')");
                for (int n = 1; n <= 2; n++) {
                    s.execute("insert into case_warning (case_id, warning_no, issued_at, issued_on, issued_by) values ("
                            + caseId + ", " + n + ", current_timestamp, current_date, 'S-1')");
                }
                s.execute("insert into monitoring_day (on_day, figure, figure_key, n) values"
                        + " (current_date, 'WARNINGS', '', 2)");
                s.execute("insert into audit_entry (recorded_at, who, command, resident_id, outcome, why) values"
                        + " (current_timestamp, 'S-DPO', 'export for a subject access request', 'R-1001', 'ACCEPTED',"
                        + " 'Everything held about resident R-1001 (who has no case) exported for a subject access"
                        + " request.'), (current_timestamp, 'S-1', 'record actions', 'R-1001', 'REFUSED',"
                        + " 'Record at least one action.')");
                s.execute("insert into access_entry (looked_at, who, what, resident_id) values"
                        + " (current_timestamp, 'S-1', 'the contact guidance', 'R-1001'),"
                        + " (current_timestamp, 'S-1', 'the contact guidance', 'R-1002')");
            }
            migrateTo(settings, "31");

            assertThat(rows(c, "select warning_no, case when entered_in_error then 1 else 0 end from case_warning"
                    + " order by warning_no"))
                    .containsExactly("1 1", "2 0");
            assertThat(rows(c, "select figure, n from monitoring_day order by figure"))
                    .containsExactly("WARNINGS 1", "WARNINGS_IN_ERROR 1");
            assertThat(rows(c, "select count(*) from audit_entry")).containsExactly("2");
            assertThat(rows(c, "select count(*) from access_entry")).containsExactly("2");
            assertThat(rows(c, "select count(*) from resident_reference")).containsExactly("2");
            assertThat(rows(c, "select r.resident_id, a.outcome, a.why from audit_entry a join resident_reference r"
                    + " on r.reference = a.resident_ref order by a.id")).containsExactly(
                    "R-1001 ACCEPTED Everything held about the resident (who has no case) exported for a subject"
                            + " access request.", "R-1001 REFUSED Record at least one action.");
            assertThat(rows(c, "select r.resident_id from access_entry a join resident_reference r"
                    + " on r.reference = a.resident_ref order by a.id")).containsExactly("R-1001", "R-1002");
            assertThat(rows(c, "select count(*) from audit_entry where resident_ref like 'R-%' or why like '%R-1001%'"))
                    .containsExactly("0");
            assertThat(rows(c, "select count(*) from access_entry where resident_ref like 'R-%'"))
                    .containsExactly("0");
            try (Statement s = c.createStatement()) {
                assertThatThrownBy(() -> s.executeUpdate("update audit_entry set why = 'rewritten'"))
                        .as("the audit log is append-only again").isInstanceOf(SQLException.class);
                assertThatThrownBy(() -> s.executeUpdate("delete from access_entry"))
                        .as("the access log is append-only again").isInstanceOf(SQLException.class);
            }
        } finally {
            drop(settings);
        }
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(r.getString(i));
                }
                rows.add(String.join(" ", row));
            }
        }
        return rows;
    }

    @Test
    @DisplayName("indexes serve the real questions: guidance, appeals and reviews due, monitoring, my cases, retention")
    void indexes() throws SQLException {
        DatabaseSettings settings = TestDatabase.settingsFor(kind());
        try (Connection c = open(settings)) {
            UcaDatabase.connect(settings).close();
            assertThat(indexesOn(c, "uca_case")).contains("uca_case_resident_uk", "uca_case_closed_idx");
            assertThat(indexesOn(c, "case_appeal"))
                    .contains("case_appeal_due_idx", "case_appeal_received_idx", "case_appeal_decided_idx");
            assertThat(indexesOn(c, "case_decision"))
                    .contains("case_decision_review_idx", "case_decision_authorised_idx", "case_decision_median_idx");
            assertThat(indexesOn(c, "monitoring_day")).contains("monitoring_day_report_idx");
            assertThat(indexesOn(c, "case_action")).contains("case_action_occurred_idx");
            assertThat(indexesOn(c, "case_warning")).contains("case_warning_issued_idx");
            assertThat(indexesOn(c, "case_event")).contains("case_event_by_staff_idx");
            assertThat(indexesOn(c, "audit_entry")).contains("audit_entry_case_idx");
        } finally {
            drop(settings);
        }
    }

    /** Index names on the table (H2 names the index behind a unique constraint after the constraint). */
    private static List<String> indexesOn(Connection c, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet r = meta.getIndexInfo(null, null, table, false, false)) {
            while (r.next()) {
                String name = r.getString("INDEX_NAME");
                if (name != null) {
                    String lower = name.toLowerCase(Locale.ROOT);
                    int generated = lower.indexOf("_index_");
                    names.add(generated < 0 ? lower : lower.substring(0, generated));
                }
            }
        }
        return names;
    }

    private void drop(DatabaseSettings settings) {
        if (kind() == TestDatabase.Kind.POSTGRESQL) {
            SharedPostgres.drop(settings);
        }
    }
}

package org.uca.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.adapter.persistence.formats.VersionOneCase;
import org.uca.application.port.out.Cases;
import org.uca.domain.calendar.WorkingDays;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.CaseUpdate;
import org.uca.domain.fixtures.Fixtures;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.guidance.GuidanceFacts;
import org.uca.domain.shared.Channel;

/**
 * A database that ran the schema of format 1 (migrations V1 and V2) and holds a case as that code wrote it, brought
 * up to date by the migrations, still reads every case as it was; the case's first save moves it to format 2.
 */
abstract class VersionOneRows {

    abstract TestDatabase.Kind kind();

    private DatabaseSettings settings;
    private Connection keepOpen;

    @BeforeEach
    void databaseOfFormatOne() throws SQLException {
        settings = TestDatabase.settingsFor(kind());
        keepOpen = java.sql.DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
        Flyway.configure()
                .dataSource(settings.jdbcUrl(), settings.user(), settings.password())
                .locations("classpath:db/migration/common",
                        "classpath:db/migration/" + (kind() == TestDatabase.Kind.H2 ? "h2" : "postgresql"))
                .target("2")
                .load()
                .migrate();
        try (Statement s = keepOpen.createStatement()) {
            for (String insert : VersionOneCase.resource("v1-rows.sql").split(";\n")) {
                if (insert.contains("insert")) {
                    s.execute(insert.substring(insert.indexOf("insert")));
                }
            }
        }
    }

    /** Closes the plain connection; the test's database (with the PostgreSQL database) was closed by the test. */
    @AfterEach
    void close() throws SQLException {
        keepOpen.close();
    }

    private String stored(String sql) throws SQLException {
        try (Statement s = keepOpen.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }

    @Test
    @DisplayName("after the migrations, a case stored in format 1 reads as it was, by id and by resident, history included")
    void readsAsItWas() throws SQLException {
        Case expected = VersionOneCase.theCase();
        try (TestDatabase db = TestDatabase.on(kind(), settings)) {
            Cases cases = db.database.ports(Instant::now, WorkingDays.ENGLAND_AND_WALES).cases();

            VersionOneCase.assertSameCase(cases.find(VersionOneCase.ID).get(), expected);
            VersionOneCase.assertSameCase(cases.findByResident(expected.resident()).get(), expected);
            assertThat(stored("select version from flyway_schema_history order by installed_rank desc limit 1"))
                    .isEqualTo(MigrationScripts.latestVersion(kind() == TestDatabase.Kind.H2));
            assertThat(stored("select snapshot from uca_case").replace(" ", "")).as("still format 1 until saved")
                    .contains("\"format\":1");
        }
    }

    @Test
    @DisplayName("the migrations work out the guidance facts of a case stored before they were kept, so contact"
            + " guidance reads one row from the first request on")
    void guidanceFactsWorkedOutOnMigration() throws SQLException {
        Case expected = VersionOneCase.theCase();
        try (TestDatabase db = TestDatabase.on(kind(), settings)) {
            assertThat(stored("select guidance_version from uca_case")).isEqualTo(String.valueOf(expected.version()));
            db.log.clear();
            var found = db.database.ports(Instant::now, WorkingDays.ENGLAND_AND_WALES).guidance()
                    .lookUp(Staff.OFFICER.id(), expected.resident());

            assertThat(found.facts()).contains(GuidanceFacts.of(expected));
            assertThat(db.log.statements()).as("the look-up and the staff entry: the kept facts, never the case").hasSize(2)
                    .noneMatch(sql -> sql.contains("case_part"));
        }
    }

    @Test
    @DisplayName("guidance facts kept in format 1 (before guidance said which decision each line comes from) are worked"
            + " out again in format 2 on migration, so the hot path keeps reading one row")
    void guidanceFactsOfFormatOneWorkedOutAgain() throws SQLException {
        Flyway.configure()
                .dataSource(settings.jdbcUrl(), settings.user(), settings.password())
                .locations(MigrationScripts.locations(kind() == TestDatabase.Kind.H2))
                .resourceProvider(MigrationScripts.forEngine(kind() == TestDatabase.Kind.H2))
                .javaMigrationClassProvider(java.util.List::of)
                .javaMigrations(ExistingCases.all())
                .target("25")
                .load()
                .migrate();
        try (Statement s = keepOpen.createStatement()) {
            s.executeUpdate("update uca_case set guidance = '{\"format\":1,\"inForce\":[],\"contactTime\":[]}'");
        }
        Case expected = VersionOneCase.theCase();
        try (TestDatabase db = TestDatabase.on(kind(), settings)) {
            assertThat(stored("select guidance from uca_case").replace(" ", "")).contains("\"format\":2");
            var found = db.database.ports(Instant::now, WorkingDays.ENGLAND_AND_WALES).guidance()
                    .lookUp(Staff.OFFICER.id(), expected.resident());
            assertThat(found.facts()).contains(GuidanceFacts.of(expected));
        }
    }

    @Test
    @DisplayName("the migrations count the monitoring figures of rows stored before the counts were kept: the report"
            + " is the one the projections give (policy 5.2)")
    void monitoringCountedOnMigration() throws SQLException {
        java.time.LocalDate from = java.time.LocalDate.of(2026, 10, 1);
        java.time.LocalDate today = java.time.LocalDate.of(2027, 6, 1);
        try (TestDatabase db = TestDatabase.on(kind(), settings)) {
            var monitoring = db.database.ports(Instant::now, WorkingDays.ENGLAND_AND_WALES).monitoring();
            for (java.time.LocalDate to = from; to.isBefore(from.plusDays(60)); to = to.plusDays(1)) {
                assertThat(monitoring.reportFor(from, to, today)).as("from %s to %s", from, to)
                        .isEqualTo(ReportFromProjections.reportFor(keepOpen, from, to, today));
            }
            var whole = monitoring.reportFor(from, from.plusDays(60), today);
            assertThat(whole.actionsByCategory().values().sum().longValue()).isEqualTo(3);
            assertThat(whole.measuresByKind().values().sum().longValue()).isEqualTo(3);
            assertThat(whole.warningsFollowedByRestriction()).isOne();
            assertThat(whole.appealOutcomes()).hasSize(1);
        }
    }

    @Test
    @DisplayName("its first save moves it to format 2: a small head, its parts as rows, the history only as events")
    void firstSaveUpgrades() throws SQLException {
        Case expected = VersionOneCase.theCase();
        try (TestDatabase db = TestDatabase.on(kind(), settings)) {
            Cases cases = db.database.ports(Instant::now, WorkingDays.ENGLAND_AND_WALES).cases();
            Case read = cases.find(VersionOneCase.ID).get();
            Instant at = expected.history().last().at().plus(Duration.ofHours(1));
            CaseUpdate update = Fixtures.accepted(read.recordContact(at, 12, Channel.EMAIL,
                    Staff.CONTACT_CENTRE_OFFICER, at));
            cases.save(update.after(), read.version());

            Case again = cases.find(VersionOneCase.ID).get();
            assertThat(again.version()).isEqualTo(expected.version() + 1);
            assertThat(List.ofAll(again.actions())).isEqualTo(List.ofAll(expected.actions()));
            assertThat(List.ofAll(again.decisions()).map(VersionOneCase::asNow))
                    .isEqualTo(List.ofAll(expected.decisions()).map(VersionOneCase::asNow));
            assertThat(List.ofAll(again.appeals())).isEqualTo(List.ofAll(expected.appeals()));
            assertThat(again.needs()).isEqualTo(expected.needs());
            assertThat(List.ofAll(again.contacts())).isEqualTo(List.ofAll(update.after().contacts()));
            assertThat(List.ofAll(again.history())).isEqualTo(List.ofAll(expected.history()).append(update.event()));
            assertThat(db.rows("case_part")).isEqualTo(expected.actions().size() + expected.warnings().size()
                    + expected.decisions().size() + expected.appeals().size() + expected.contacts().size() + 1);
            assertThat(db.rows("case_event")).isEqualTo(expected.version() + 1);
            String head = stored("select snapshot from uca_case");
            assertThat(head.replace(" ", "")).contains("\"format\":2").doesNotContain("history", "actions");
        }
    }
}

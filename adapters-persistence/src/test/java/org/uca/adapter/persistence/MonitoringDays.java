package org.uca.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.uca.application.testbed.Journey.ok;

import io.vavr.collection.List;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.application.port.in.LiftRestrictionUseCase;
import org.uca.application.port.in.MarkEnteredInErrorUseCase;
import org.uca.application.port.in.RecordUnacceptableActionsUseCase;
import org.uca.application.port.out.MonitoringReport;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.domain.cases.ActionId;
import org.uca.domain.cases.AppealOutcome;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.cases.EnteredInError;
import org.uca.domain.cases.ReviewOutcome;
import org.uca.domain.cases.WarningId;
import org.uca.domain.fixtures.ACase;
import org.uca.domain.fixtures.AProposal;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.fixtures.Reports;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.measures.Measure;
import org.uca.domain.people.ResidentId;
import org.uca.domain.shared.UkTime;

/**
 * The monitoring report is summed from counts kept per day (migration 8), so the Service Development Team's report
 * stays quick however many cases there are (policy 5.1 and 5.2: decisions are monitored for fairness and
 * consistency). These tests hold the counts to the report as it was computed from the projections
 * ({@link ReportFromProjections}): after a varied history, for any period; after a save that is rolled back; on a
 * database migrated from version 7; and when two saves create the same counter at once.
 */
abstract class MonitoringDays extends OnADatabase {

    private static final ResidentId CARA = new ResidentId("R-1003");
    private static final ResidentId DAN = new ResidentId("R-1004");

    private LocalDate firstDay;

    /**
     * Alex: warned, continued, contact standards, appeal upheld late. Bea: immediate action for threats, appeal
     * decided in time with the measures varied. Cara: warned twice, then contact standards resting on the first warning;
     * reviewed, then lifted. Dan: warned, nothing since, then an action from before his case reported late. Actions
     * of both categories, on many days.
     */
    private void history() {
        firstDay = UkTime.dateOf(clock.now());
        for (ResidentId r : List.of(CARA, DAN)) {
            db.database.saveResident(new Resident(r, "Resident " + r.value(), "1 Test Street"));
        }
        CaseId alex = journey.recordVerbalAbuse(ALEX).caseId();
        WarningId alexWarned = journey.warn(alex, List.of(new ActionId(1)));
        var alexFurther = journey.record(ALEX, Reports.verbalAbuse(clock.now().plus(Duration.ofHours(20))),
                Reports.disproportionateContact(clock.now().plus(Duration.ofHours(21)))).actions();
        journey.authorise(alex, Staff.SERVICE_MANAGER, AProposal.contactStandards(Measures.singlePointOfContact(),
                Measures.noEmail()).afterWarning(alexWarned, alexFurther));
        journey.inform(alex, new DecisionId(1));
        var alexAppeal = journey.appeal(alex, new DecisionId(1)).appeal();
        clock.advance(Duration.ofDays(20)); // past the appeal's due date
        journey.decide(alex, alexAppeal, Staff.ASSISTANT_DIRECTOR, AppealOutcome.DECISION_UPHELD);

        CaseId bea = journey.record(BEA, Reports.threatsWithSafetyConcern(clock.now().plus(Duration.ofHours(20))))
                .caseId();
        journey.authorise(bea, Staff.ASSISTANT_DIRECTOR, AProposal.of(List.<Measure>of(
                Measures.exclusionFromPersonalContact(), Measures.noticeOfSeekingPossession()))
                .immediate(List.of(new ActionId(1)), "Threatened the gas engineer."));
        var beaAppeal = journey.appeal(bea, new DecisionId(1)).appeal();
        journey.decide(bea, beaAppeal, Staff.DIRECTOR, AppealOutcome.DECISION_VARIED,
                Measures.exclusionFromPersonalContact());

        CaseId cara = journey.record(CARA, Reports.disproportionateContact(clock.now().plus(Duration.ofHours(20))))
                .caseId();
        WarningId caraFirst = journey.warn(cara, List.of(new ActionId(1)));
        journey.record(CARA, Reports.disproportionateContact(clock.now().plus(Duration.ofHours(20))));
        journey.warn(cara, List.of(new ActionId(2)));
        LocalDate caraFirstWarned = UkTime.dateOf(clock.now().minus(Duration.ofDays(2)));
        assertThat(followedOn(caraFirstWarned)).as("Cara's first warning, before a decision rests on it").isZero();
        journey.authorise(cara, Staff.SECOND_SERVICE_MANAGER, AProposal.contactStandards(
                Measures.noTelephoneCalls()).afterWarning(caraFirst, new ActionId(2)));
        assertThat(followedOn(caraFirstWarned))
                .as("a decision resting on an earlier warning counts on the day that warning was issued").isOne();
        journey.review(cara, new DecisionId(1), Staff.SECOND_SERVICE_MANAGER, ReviewOutcome.CONTINUE,
                io.vavr.control.Option.some(UkTime.dateOf(clock.now()).plusMonths(2)));
        clock.advance(Duration.ofDays(1));
        ok(app.liftRestriction().lift(new LiftRestrictionUseCase.Command(Staff.SECOND_SERVICE_MANAGER.id(), cara,
                new DecisionId(1), "Settled.")), "lift");

        CaseId dan = journey.recordVerbalAbuse(DAN).caseId();
        journey.warn(dan, List.of(new ActionId(1)));
        journey.record(DAN, Reports.offensiveLanguage(clock.now().minus(Duration.ofDays(45))));
    }

    private long followedOn(LocalDate day) {
        return ports.monitoring().reportFor(day, day, day).warningsFollowedByRestriction();
    }

    private MonitoringReport fromProjections(LocalDate from, LocalDate to, LocalDate today) {
        try (Connection c = db.jdbc()) {
            return ReportFromProjections.reportFor(c, from, to, today);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every period from and to every third day around the history (and one before it, and one after). */
    private java.util.List<LocalDate[]> periods() {
        LocalDate lastDay = UkTime.dateOf(clock.now());
        java.util.List<LocalDate> days = new ArrayList<>();
        for (LocalDate d = firstDay.minusDays(60); !d.isAfter(lastDay.plusDays(2)); d = d.plusDays(3)) {
            days.add(d);
        }
        java.util.List<LocalDate[]> periods = new ArrayList<>();
        for (LocalDate from : days) {
            for (LocalDate to : days) {
                if (!to.isBefore(from)) {
                    periods.add(new LocalDate[] {from, to});
                }
            }
        }
        return periods;
    }

    private void assertSameAsFromProjections(java.util.List<LocalDate[]> periods, LocalDate today) throws SQLException {
        try (Connection c = db.jdbc()) {
            for (LocalDate[] p : periods) {
                assertThat(ports.monitoring().reportFor(p[0], p[1], today)).as("the report from %s to %s", p[0], p[1])
                        .isEqualTo(ReportFromProjections.reportFor(c, p[0], p[1], today));
            }
        }
    }

    @Test
    @DisplayName("the report summed from the daily counts is the report worked out from every case's actions,"
            + " decisions, warnings and appeals, for any period, however it cuts through a history")
    void dailyCountsGiveTheReportOfTheProjections() throws SQLException {
        history();
        LocalDate today = UkTime.dateOf(clock.now());

        assertSameAsFromProjections(periods(), today);

        MonitoringReport whole = ports.monitoring().reportFor(firstDay.minusDays(60), today, today);
        assertThat(whole.actionsByCategory().values().sum().longValue()).as("the history is not trivial").isEqualTo(8);
        assertThat(whole.actionsByCategory()).hasSize(2);
        assertThat(whole.decisions()).isEqualTo(3);
        assertThat(whole.warnings()).isEqualTo(4);
        assertThat(whole.warningsFollowedByRestriction()).as("Alex's and Cara's first").isEqualTo(2);
        assertThat(whole.immediateActions()).isOne();
        assertThat(whole.appealsLodged()).isEqualTo(2);
        assertThat(whole.appealOutcomes()).hasSize(2);
        assertThat(whole.appealsDecidedLate()).isOne();
        assertThat(whole.measuresByKind().values().sum().longValue()).as("as authorised, before Bea's variation")
                .isEqualTo(5);
        assertThat(whole.medianDaysFromFirstActionToDecision().isDefined()).isTrue();
    }

    @Test
    @DisplayName("decisions entered in error leave the authorised figures (their measures as authorised, before a"
            + " variation) and are counted apart; the daily counts still give the report of the projections")
    void decisionsEnteredInErrorAreCountedApart() throws SQLException {
        history();
        CaseId alex = ports.cases().findByResident(ALEX).get().id();
        CaseId bea = ports.cases().findByResident(BEA).get().id();
        ok(app.markEnteredInError().markEnteredInError(new MarkEnteredInErrorUseCase.Command(
                Staff.SERVICE_MANAGER.id(), alex, EnteredInError.Part.DECISION, 1, "Another resident's calls.")),
                "mark Alex's decision");
        ok(app.markEnteredInError().markEnteredInError(new MarkEnteredInErrorUseCase.Command(Staff.DIRECTOR.id(),
                bea, EnteredInError.Part.DECISION, 1, "The threats were made by someone else.")),
                "mark Bea's decision");
        LocalDate today = UkTime.dateOf(clock.now());

        assertSameAsFromProjections(periods(), today);

        MonitoringReport whole = ports.monitoring().reportFor(firstDay.minusDays(60), today, today);
        assertThat(whole.decisions()).as("Cara's").isOne();
        assertThat(whole.decisionsEnteredInError()).isEqualTo(2);
        assertThat(whole.immediateActions()).isZero();
        assertThat(whole.warningsFollowedByRestriction()).as("Cara's first").isOne();
        assertThat(whole.measuresByKind().values().sum().longValue()).as("Cara's no telephone calls").isOne();
        assertThat(whole.warnings()).isEqualTo(4);
    }

    @Test
    @DisplayName("actions and warnings entered in error leave the actions by category, the warnings issued and those"
            + " followed by a restriction, and are counted apart; the daily counts still give the report of the"
            + " projections")
    void actionsAndWarningsEnteredInErrorAreCountedApart() throws SQLException {
        history();
        CaseId cara = ports.cases().findByResident(CARA).get().id();
        CaseId dan = ports.cases().findByResident(DAN).get().id();
        ok(app.markEnteredInError().markEnteredInError(new MarkEnteredInErrorUseCase.Command(
                Staff.SERVICE_MANAGER.id(), cara, EnteredInError.Part.WARNING, 1, "Meant for another tenant.")),
                "mark Cara's first warning, which her decision rests on");
        ok(app.markEnteredInError().markEnteredInError(new MarkEnteredInErrorUseCase.Command(
                Staff.SERVICE_MANAGER.id(), dan, EnteredInError.Part.WARNING, 1, "Sent in error.")),
                "mark Dan's warning");
        ok(app.markEnteredInError().markEnteredInError(new MarkEnteredInErrorUseCase.Command(
                Staff.SERVICE_MANAGER.id(), dan, EnteredInError.Part.ACTION, 2, "Someone else's language.")),
                "mark Dan's late-reported action");
        LocalDate today = UkTime.dateOf(clock.now());

        assertSameAsFromProjections(periods(), today);

        MonitoringReport whole = ports.monitoring().reportFor(firstDay.minusDays(60), today, today);
        assertThat(whole.warnings()).isEqualTo(2);
        assertThat(whole.warningsEnteredInError()).isEqualTo(2);
        assertThat(whole.warningsFollowedByRestriction()).as("Alex's alone").isOne();
        assertThat(whole.actionsByCategory().values().sum().longValue()).isEqualTo(7);
        assertThat(whole.actionsEnteredInError()).isOne();
        assertThat(whole.decisions()).as("a decision resting on a warning since entered in error is still one")
                .isEqualTo(3);
    }

    @Test
    @DisplayName("a save that is rolled back changes no count: the counts and the case are kept or undone together")
    void rolledBackSaveChangesNoCount() throws SQLException {
        history();
        LocalDate today = UkTime.dateOf(clock.now());
        java.util.List<String> counts = counters();
        MonitoringReport before = ports.monitoring().reportFor(firstDay, today, today);
        long version = ports.cases().findByResident(ALEX).get().version();

        clock.advance(Duration.ofDays(1));
        db.log.clear();
        assertThatThrownBy(() -> ports.unitOfWork().inTransaction(() -> {
            ok(app.recordUnacceptableActions().recordActions(new RecordUnacceptableActionsUseCase.Command(
                    Staff.OFFICER.id(), ALEX, List.of(Reports.verbalAbuse(clock.now().minus(Duration.ofDays(3)))))),
                    "record an action");
            throw new IllegalStateException("a later step of the same unit of work fails");
        })).hasMessageContaining("a later step");

        assertThat(db.log.statements()).as("the action was counted, in the transaction rolled back")
                .anyMatch(sql -> sql.contains("monitoring_day"));
        assertThat(counters()).isEqualTo(counts);
        assertThat(ports.monitoring().reportFor(firstDay, today, today)).isEqualTo(before);
        assertThat(ports.cases().findByResident(ALEX).get().version()).isEqualTo(version);
    }

    @Test
    @DisplayName("a database of version 7 is counted by migration 8: the report is the one it gave before")
    void migrationCountsWhatIsStored() throws SQLException {
        history();
        LocalDate today = UkTime.dateOf(clock.now());
        java.util.List<LocalDate[]> periods = periods();
        java.util.List<MonitoringReport> before = new ArrayList<>();
        try (Connection c = db.jdbc()) {
            for (LocalDate[] p : periods) {
                before.add(ReportFromProjections.reportFor(c, p[0], p[1], today));
            }
        }
        DatabaseSettings settings = db.settings;
        try (Connection keepOpen = db.jdbc()) { // keeps an in-memory H2 database alive between connects
            db.database.close();
            // As version 7 left it: the projections as this code writes them (unchanged since), no counts.
            try (Statement s = keepOpen.createStatement()) {
                s.execute("drop table monitoring_day");
                s.execute("drop index case_decision_median_idx");
                s.execute("delete from flyway_schema_history where version = '8'");
            }
            // Migration 8 again, after the later ones (as a database left at version 7 would get it first).
            org.flywaydb.core.Flyway.configure().dataSource(settings.jdbcUrl(), settings.user(), settings.password())
                    .resourceProvider(MigrationScripts.forEngine(kind() == TestDatabase.Kind.H2))
                    .javaMigrations(ExistingCases.all()).outOfOrder(true).load().migrate();
            db = TestDatabase.on(kind(), settings);
            ports = db.database.ports(clock, org.uca.domain.calendar.WorkingDays.ENGLAND_AND_WALES);
        }

        for (int i = 0; i < periods.size(); i++) {
            LocalDate[] p = periods.get(i);
            assertThat(ports.monitoring().reportFor(p[0], p[1], today)).as("the report from %s to %s", p[0], p[1])
                    .isEqualTo(before.get(i));
        }
        assertThat(db.rows("monitoring_day")).isPositive();
    }

    @Test
    @DisplayName("migration 40.1: decisions stored before V40 are counted by the services their measures apply to"
            + " (no blanket approach) and as corrected, as decisions stored since are")
    void decisionsStoredBeforeVersion40AreCountedByServiceAndAsCorrected() throws SQLException {
        LocalDate from = UkTime.dateOf(clock.now());
        CaseId alex = journey.recordVerbalAbuse(ALEX).caseId();
        WarningId warned = journey.warn(alex, List.of(new ActionId(1)));
        var further = journey.recordVerbalAbuse(ALEX).actions();
        journey.authorise(alex, Staff.SERVICE_MANAGER, AProposal.contactStandards(
                Measures.singlePointOfContact().withScope(org.uca.domain.measures.ServiceScope.only(
                        org.uca.domain.measures.LandlordService.RENT_AND_INCOME)), Measures.noEmail())
                .afterWarning(warned, further));
        ok(app.amendRecords().amend(new org.uca.application.port.in.AmendRecordUseCase.Command(
                Staff.SERVICE_MANAGER.id(), alex, 1, new org.uca.application.port.in.AmendRecordUseCase
                        .DecisionCorrection("The reasons, as they should have read.", io.vavr.control.Option.none()),
                "Typed from the wrong note.")), "correct the decision");
        LocalDate today = UkTime.dateOf(clock.now());
        MonitoringReport before = ports.monitoring().reportFor(from, today, today);
        assertThat(before.fairness().decisionsCorrected()).isOne();
        assertThat(before.fairness().measuresByService().forNamedServices()).isOne();

        DatabaseSettings settings = db.settings;
        try (Connection keepOpen = db.jdbc()) { // keeps an in-memory H2 database alive between connects
            db.database.close();
            // As version 40 left a database of version 39: the new columns, not yet worked out
            try (Statement s = keepOpen.createStatement()) {
                s.execute("update decision_measure set services = null");
                s.execute("update case_decision set amended = false");
                s.execute("delete from flyway_schema_history where version = '40.1'");
            }
            org.flywaydb.core.Flyway.configure().dataSource(settings.jdbcUrl(), settings.user(), settings.password())
                    .resourceProvider(MigrationScripts.forEngine(kind() == TestDatabase.Kind.H2))
                    .javaMigrations(ExistingCases.all()).outOfOrder(true).load().migrate();
            db = TestDatabase.on(kind(), settings);
            ports = db.database.ports(clock, org.uca.domain.calendar.WorkingDays.ENGLAND_AND_WALES);
        }

        assertThat(ports.monitoring().reportFor(from, today, today)).isEqualTo(before);
    }

    @Test
    @DisplayName("migration 41.1: a notice withheld, ended and withheld again before V41 is counted still withheld"
            + " at the end of a period only while one of its withholdings stood, as one stored since is")
    void noticesWithheldBeforeVersion41AreCountedByEachTimeWithheld() throws SQLException {
        LocalDate from = UkTime.dateOf(clock.now());
        CaseId alex = journey.recordVerbalAbuse(ALEX).caseId();
        WarningId warned = journey.warn(alex, List.of(new ActionId(1)));
        var further = journey.recordVerbalAbuse(ALEX).actions();
        journey.authorise(alex, Staff.SERVICE_MANAGER, AProposal.contactStandards(Measures.noEmail())
                .afterWarning(warned, further));
        var decision = new org.uca.domain.cases.DecisionId(1);
        ok(app.withholdNotice().withholdNotice(new org.uca.application.port.in.WithholdNoticeUseCase.Command(
                Staff.ASSISTANT_DIRECTOR.id(), alex, decision, "The police ask that he is not told yet.",
                from.plusMonths(1))), "withhold");
        clock.advance(java.time.Duration.ofDays(10));
        ok(app.withholdNotice().endNoticeWithheld(new org.uca.application.port.in.WithholdNoticeUseCase.End(
                Staff.ASSISTANT_DIRECTOR.id(), alex, decision, "The investigation has closed.")), "end");
        clock.advance(java.time.Duration.ofDays(10));
        LocalDate today = UkTime.dateOf(clock.now());
        ok(app.withholdNotice().withholdNotice(new org.uca.application.port.in.WithholdNoticeUseCase.Command(
                Staff.ASSISTANT_DIRECTOR.id(), alex, decision, "A new threat.", today.plusMonths(1))), "again");
        // while first withheld, between the withholdings, withheld again
        java.util.List<LocalDate> ends = java.util.List.of(today.minusDays(15), today.minusDays(5), today);
        java.util.List<MonitoringReport> before = new java.util.ArrayList<>();
        for (LocalDate end : ends) {
            before.add(ports.monitoring().reportFor(from, end, today));
        }
        assertThat(before).extracting(r -> r.fairness().noticesStillWithheld()).containsExactly(1L, 0L, 1L);

        DatabaseSettings settings = db.settings;
        try (Connection keepOpen = db.jdbc()) { // keeps an in-memory H2 database alive between connects
            db.database.close();
            // As version 41 left a database of version 40: the new table, not yet filled in
            try (Statement s = keepOpen.createStatement()) {
                s.execute("delete from decision_notice_withheld");
                s.execute("delete from flyway_schema_history where version = '41.1'");
            }
            org.flywaydb.core.Flyway.configure().dataSource(settings.jdbcUrl(), settings.user(), settings.password())
                    .resourceProvider(MigrationScripts.forEngine(kind() == TestDatabase.Kind.H2))
                    .javaMigrations(ExistingCases.all()).outOfOrder(true).load().migrate();
            db = TestDatabase.on(kind(), settings);
            ports = db.database.ports(clock, org.uca.domain.calendar.WorkingDays.ENGLAND_AND_WALES);
        }

        for (int i = 0; i < ends.size(); i++) {
            assertThat(ports.monitoring().reportFor(from, ends.get(i), today)).isEqualTo(before.get(i));
        }
    }

    @Test
    @DisplayName("two saves that create the same day's counter at once are both counted")
    void concurrentSavesOfTheSameCounterBothCount() throws Exception {
        // Both new cases count verbal abuse on the same day; the second also counts unreasonable persistence, a
        // counter ordered before the shared one, so a statement half applied would show.
        Case first = ACase.forResident("R-3001").withAction(Reports::verbalAbuse).build();
        Case second = ACase.forResident("R-3002").withActions(Reports::disproportionateContact, Reports::verbalAbuse)
                .build();
        LocalDate day = UkTime.dateOf(first.actions().head().occurredAt());
        assertThat(UkTime.dateOf(second.actions().last().occurredAt())).isEqualTo(day);

        CountDownLatch firstCounted = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Void> firstSave = CompletableFuture.runAsync(() -> ports.unitOfWork().inTransaction(() -> {
            ports.cases().save(first, 0);
            firstCounted.countDown();
            await(release); // holds the new counter, uncommitted
            return null;
        }));
        assertThat(firstCounted.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> secondSave = CompletableFuture.runAsync(() -> ports.cases().save(second, 0));
        awaitBlocked(secondSave);
        release.countDown();

        firstSave.get(30, TimeUnit.SECONDS);
        secondSave.get(30, TimeUnit.SECONDS); // H2: its MERGE failed as a duplicate key once, and was sent again
        assertThat(counters()).containsExactly(
                day + " ACTIONS UNREASONABLE_DEMANDS_AND_PERSISTENCE 1",
                day + " ACTIONS VIOLENCE_AGGRESSION_AND_ABUSE 2");
        assertThat(ports.monitoring().reportFor(day, day, day)).isEqualTo(fromProjections(day, day, day));
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the second save waits for the first one's counter (the first holds it, idle, uncommitted). */
    private void awaitBlocked(CompletableFuture<?> save) throws SQLException, InterruptedException {
        String waiting = kind() == TestDatabase.Kind.H2 // (H2 names no blocker while a unique key is in doubt)
                ? "select count(*) from information_schema.sessions"
                        + " where executing_statement like 'merge into monitoring_day%'"
                : "select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                        + " and datname = current_database()";
        try (Connection c = db.jdbc(); Statement s = c.createStatement()) {
            for (int i = 0; i < 3_000; i++) {
                assertThat(save).as("the second save waits for the first").isNotDone();
                try (ResultSet r = s.executeQuery(waiting)) {
                    r.next();
                    if (r.getLong(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(5);
            }
        }
        throw new AssertionError("The second save never waited for the first one's counter.");
    }

    /** Every stored counter, as "day figure key n", in key order. */
    private java.util.List<String> counters() {
        java.util.List<String> rows = new ArrayList<>();
        try (Connection c = db.jdbc(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(
                "select on_day, figure, figure_key, n from monitoring_day where n > 0"
                        + " order by on_day, figure, figure_key")) {
            while (r.next()) {
                rows.add(r.getObject(1, LocalDate.class) + " " + r.getString(2) + " " + r.getString(3) + " "
                        + r.getLong(4));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }
}

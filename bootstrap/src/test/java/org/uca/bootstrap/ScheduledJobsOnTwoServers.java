package org.uca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.event.AbstractSchedulerListener;
import com.github.kagkarlsson.scheduler.event.SchedulerListener.SchedulerEventType;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.application.port.in.ApplyRetentionUseCase;
import org.uca.application.port.in.AuthoriseMeasuresUseCase;
import org.uca.application.port.in.IssueWarningUseCase;
import org.uca.application.port.in.RecordUnacceptableActionsUseCase;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.application.port.out.Role;
import org.uca.application.service.UcaApplication;
import org.uca.bootstrap.mail.ReminderDigests;
import org.uca.domain.calendar.WorkingDays;
import org.uca.domain.cases.ActionId;
import org.uca.domain.cases.ActionKind;
import org.uca.domain.cases.ActionReport;
import org.uca.domain.cases.AffectedParty;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.WarningId;
import org.uca.domain.fixtures.AProposal;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffMember;
import org.uca.domain.shared.Channel;
import org.uca.domain.shared.UkTime;

/**
 * UCA's scheduled jobs with two servers on one database, each with its own pool and scheduler as two UCA processes
 * have: the daily retention rule runs once a day, on one of them, never on both, and so do the reminder digest and the
 * notification relay (issue 12) when UCA e-mails, with the day's digest e-mailed once. The days pass on a clock the test
 * moves (db-scheduler's own clock seam), so nothing waits for a real day; after each move the test waits until both
 * schedulers have looked for due jobs and finished what they picked, so a second run, if there were one, is seen.
 * Subclassed per database.
 */
abstract class ScheduledJobsOnTwoServers {

    static final ZoneId UK = ZoneId.of("Europe/London");

    /** Seven days across the clocks going forward (Sunday 28 March 2027), when 01:00–02:00 does not exist. */
    static final LocalDate FIRST_DAY = LocalDate.of(2027, 3, 25);
    static final int DAYS = 7;

    /** The settings of a new, empty database ({@code UCA_JDBC_URL}, {@code UCA_DB_USER}). */
    abstract Map<String, String> freshDatabase();

    /** One run of a job, as the job itself saw it. */
    record Run(String job, String server, LocalDate day) {
    }

    private final List<Server> servers = new ArrayList<>();
    private final List<Run> runs = new CopyOnWriteArrayList<>();
    private final MovableClock clock = new MovableClock(FIRST_DAY.minusDays(1).atTime(12, 0).atZone(UK).toInstant());

    @AfterEach
    void stopServers() {
        servers.forEach(Server::stop);
    }

    @Test
    @DisplayName("two servers on one database: the daily retention rule runs once a day, on one of them, never twice")
    void theDailyJobRunsOncePerDay() throws Exception {
        Map<String, String> database = freshDatabase();
        Server a = new Server("server A", database);
        Server b = new Server("server B", database);
        // Both create the job's row at once, as two processes started together do: one row, for 02:00 tomorrow.
        CompletableFuture.allOf(CompletableFuture.runAsync(a::startJobs), CompletableFuture.runAsync(b::startJobs))
                .get(60, TimeUnit.SECONDS);

        List<LocalDate> days = new ArrayList<>();
        for (int d = 0; d < DAYS; d++) {
            LocalDate day = FIRST_DAY.plusDays(d);
            days.add(day);
            moveTo(ZonedDateTime.of(day, LocalTime.of(2, 0, 30), UK).toInstant());
            assertThat(runs).as("runs by %s", day).extracting(Run::day).containsExactlyElementsOf(days);
        }
        assertThat(runs).extracting(Run::job).containsOnly("retention");
        assertThat(count(database, "select count(*) from audit_entry where who = '"
                + ApplyRetentionUseCase.RETENTION_RULE.value() + "' and command = 'apply the retention rule'"))
                .as("the retention rule's runs in the audit trail").isEqualTo(DAYS);
        assertThat(count(database, "select count(*) from scheduled_tasks")).as("one row per job").isEqualTo(1);
        System.out.println("[scheduled jobs] " + DAYS + " days, runs by server: " + runs.stream()
                .collect(java.util.stream.Collectors.groupingBy(Run::server, java.util.TreeMap::new,
                        java.util.stream.Collectors.counting())));
    }

    @Test
    @DisplayName("two servers on one database, e-mailing: the notification relay, the reminder digest and the retention"
            + " rule each run once per period, on one server; the day's digest and each notification are e-mailed once")
    void everyJobRunsOncePerPeriod() throws Exception {
        int smtpPort;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            smtpPort = free.getLocalPort();
        }
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        try {
            Map<String, String> database = new java.util.HashMap<>(freshDatabase());
            database.putAll(Map.of("UCA_SMTP_HOST", "127.0.0.1", "UCA_SMTP_PORT", String.valueOf(smtpPort),
                    "UCA_SMTP_SECURITY", "NONE", "UCA_SMTP_FROM", "uca@octavia.example", "UCA_SDT_EMAIL",
                    "sdt@octavia.example"));
            // The jobs as Main makes them when e-mailing from a database (the session sweep plays no part here).
            java.util.function.BiFunction<Configuration, Backend, List<ScheduledJobs.Job>> everyJob =
                    (configuration, backend) -> {
                        Optional<ReminderDigests> digests = Main.reminderDigests(configuration, backend);
                        return List.of(Main.retention(configuration, backend),
                                Main.notificationRelay(configuration, backend, SettingValuesTest.NO_LETTERS, digests).orElseThrow(),
                                Main.reminderDigest(configuration.jobs().reminders().orElseThrow(),
                                        digests.orElseThrow()));
                    };
            Server a = new Server("server A", database, everyJob);
            Server b = new Server("server B", database, everyJob);
            // The application's today: a working day (today, or the last one before it), so a digest is due.
            long daysBack = 0;
            while (!WorkingDays.ENGLAND_AND_WALES.isWorkingDay(UkTime.dateOf(Instant.now()).minusDays(daysBack))) {
                daysBack++;
            }
            aDecisionWhoseResidentWasNotInformed(a, database, daysBack + 14);
            a.demoClock.setDaysAgo(daysBack);
            b.demoClock.setDaysAgo(daysBack);
            CompletableFuture.allOf(CompletableFuture.runAsync(a::startJobs), CompletableFuture.runAsync(b::startJobs))
                    .get(60, TimeUnit.SECONDS);

            for (int d = 0; d < DAYS; d++) {
                moveTo(ZonedDateTime.of(FIRST_DAY.plusDays(d), LocalTime.of(7, 0, 30), UK).toInstant());
            }

            Map<String, Long> perPeriod = runs.stream().collect(java.util.stream.Collectors.groupingBy(
                    r -> r.job() + " on " + r.day(), java.util.TreeMap::new, java.util.stream.Collectors.counting()));
            assertThat(perPeriod.values()).as("runs per job per day: %s", perPeriod).containsOnly(1L);
            assertThat(runs.stream().filter(r -> r.job().equals("retention"))).hasSize(DAYS);
            assertThat(runs.stream().filter(r -> r.job().equals("reminder-digest"))).hasSize(DAYS);
            assertThat(runs.stream().filter(r -> r.job().equals("notification-relay"))).hasSizeGreaterThanOrEqualTo(DAYS);
            assertThat(count(database, "select count(*) from audit_entry where who = '"
                    + ApplyRetentionUseCase.RETENTION_RULE.value() + "' and command = 'apply the retention rule'"))
                    .as("the retention rule's runs in the audit trail").isEqualTo(DAYS);

            assertThat(count(database, "select count(*) from reminder_digest"))
                    .as("one digest for the day, however often the job ran, on whichever server").isEqualTo(1);
            assertThat(count(database, "select count(*) from reminder_digest where sent_at is null")).isZero();
            long notifications = count(database, "select count(*) from notification_outbox");
            assertThat(notifications).isPositive();
            assertThat(count(database, "select count(*) from notification_outbox where sent_at is null")).isZero();
            List<String> ids = new ArrayList<>();
            for (jakarta.mail.internet.MimeMessage mail : smtp.getReceivedMessages()) {
                ids.add(mail.getMessageID());
            }
            assertThat(ids).as("each e-mailed once").doesNotHaveDuplicates().hasSize((int) notifications + 1);
            assertThat(ids.stream().filter(id -> id.startsWith("<reminder-digest-"))).hasSize(1);
            System.out.println("[scheduled jobs] " + DAYS + " days, e-mailing, runs by server: " + runs.stream()
                    .collect(java.util.stream.Collectors.groupingBy(Run::server, java.util.TreeMap::new,
                            java.util.stream.Collectors.counting())));
        } finally {
            smtp.stop();
        }
    }

    /**
     * Through server A's application, {@code daysAgo} days before its today: the fixture staff with their roles and
     * e-mail addresses, and a decision in force whose resident is not recorded as informed.
     */
    private static void aDecisionWhoseResidentWasNotInformed(Server a, Map<String, String> database, long daysAgo)
            throws SQLException {
        a.demoClock.setDaysAgo(daysAgo);
        for (StaffMember member : Staff.everyone()) {
            a.backend.saveStaff(member);
            a.backend.saveAccount("jobs-" + member.id().value(), "no password matches", member.id(),
                    member.authority() == AuthorityLevel.NONE ? Role.OFFICER : Role.valueOf(member.authority().name()));
        }
        try (Connection c = connect(database); Statement s = c.createStatement()) {
            s.executeUpdate("update staff_member set email = id || '@octavia.example'");
        }
        ResidentId alex = new ResidentId("R-1001");
        a.backend.saveResident(new Resident(alex, "Alex Morgan", "Flat 3, 12 Elm Road"));
        UcaApplication app = a.backend.application();
        CaseId caseId = app.recordUnacceptableActions().recordActions(verbalAbuse(alex, a.demoClock.now())).get()
                .caseId();
        app.issueWarning().issueWarning(new IssueWarningUseCase.Command(Staff.OFFICER.id(), caseId,
                io.vavr.collection.List.of(new ActionId(1)), "Abuse of staff is unacceptable.", "Keep calls polite."))
                .get();
        a.demoClock.setDaysAgo(daysAgo - 1);
        app.recordUnacceptableActions().recordActions(verbalAbuse(alex, a.demoClock.now())).get();
        assertThat(app.authoriseMeasures().authorise(new AuthoriseMeasuresUseCase.Command(Staff.SERVICE_MANAGER.id(),
                caseId, AProposal.contactStandards(Measures.noEmail()).afterWarning(new WarningId(1), new ActionId(2))
                        .decidedOn(UkTime.dateOf(a.demoClock.now())).build())).isRight()).as("authorised").isTrue();
    }

    private static RecordUnacceptableActionsUseCase.Command verbalAbuse(ResidentId resident, Instant now) {
        return new RecordUnacceptableActionsUseCase.Command(Staff.OFFICER.id(), resident,
                io.vavr.collection.List.of(new ActionReport(ActionKind.VERBAL_ABUSE, "",
                        java.util.Set.of(AffectedParty.STAFF), now.minus(Duration.ofHours(1)), Channel.PHONE,
                        Staff.OFFICER.id(), "Shouted at the officer during a call about a repair.", false)));
    }

    @Test
    @DisplayName("a run that fell due while every server was stopped is made once at the next start, not once per day"
            + " missed")
    void aMissedRunIsMadeOnceAtTheNextStart() throws Exception {
        Map<String, String> database = freshDatabase();
        Server a = new Server("server A", database);
        a.startJobs();
        moveTo(ZonedDateTime.of(FIRST_DAY, LocalTime.of(2, 0, 30), UK).toInstant());
        assertThat(runs).hasSize(1);
        a.stop();

        clock.set(ZonedDateTime.of(FIRST_DAY.plusDays(3), LocalTime.of(9, 0), UK).toInstant()); // three days later
        Server b = new Server("server B", database);
        b.startJobs(); // looks for due jobs once at start
        assertThat(runs).as("one run for the days missed, made at the start")
                .containsExactly(new Run("retention", "server A", FIRST_DAY),
                        new Run("retention", "server B", FIRST_DAY.plusDays(3)));
        assertThat(nextRun(database)).as("then daily again, from 02:00 tomorrow")
                .isEqualTo(ZonedDateTime.of(FIRST_DAY.plusDays(4), LocalTime.of(2, 0), UK).toInstant());
    }

    @Test
    @DisplayName("an orderly stop lets a job under way finish, and leaves its next run to the other servers")
    void anOrderlyStopLetsTheJobFinish() throws Exception {
        Map<String, String> database = freshDatabase();
        CountDownLatch running = new CountDownLatch(1);
        CountDownLatch mayFinish = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        Server a = new Server("server A", database, new ScheduledJobs.Job("slow", Configuration.from(Map.of(),
                new Properties()).jobs().retention(), () -> {
                    running.countDown();
                    try {
                        mayFinish.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    finished.set(true);
                }));
        a.startJobs();
        clock.set(ZonedDateTime.of(FIRST_DAY, LocalTime.of(2, 0, 30), UK).toInstant());
        assertThat(running.await(30, TimeUnit.SECONDS)).as("the job started").isTrue();

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(a::stop);
        Thread.sleep(300); // the stop has begun and is waiting for the job
        assertThat(stopping).as("the stop waits for the job under way").isNotDone();
        mayFinish.countDown();
        stopping.get(30, TimeUnit.SECONDS);

        assertThat(finished).as("the job finished its work").isTrue();
        assertThat(count(database, "select count(*) from scheduled_tasks where picked")).as("left picked by no one")
                .isZero();
        assertThat(nextRun(database)).as("its next run, for whichever server looks first")
                .isEqualTo(ZonedDateTime.of(FIRST_DAY.plusDays(1), LocalTime.of(2, 0), UK).toInstant());
    }

    /** Moves the clock, then waits until every running server has looked for due jobs and done what it picked. */
    private void moveTo(Instant instant) {
        Map<Server, Integer> before = new java.util.HashMap<>();
        servers.stream().filter(Server::running).forEach(s -> before.put(s, s.polls.get()));
        clock.set(instant);
        before.forEach((server, polls) -> await(server.name + " looked for due jobs at " + instant,
                () -> server.polls.get() > polls && server.pool.idle()));
    }

    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within 30 s: " + what);
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static long count(Map<String, String> database, String sql) throws SQLException {
        try (Connection c = connect(database); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static Instant nextRun(Map<String, String> database) throws SQLException {
        try (Connection c = connect(database); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select execution_time from scheduled_tasks")) {
            assertThat(r.next()).as("the job's row").isTrue();
            return r.getObject(1, java.time.OffsetDateTime.class).toInstant();
        }
    }

    private static Connection connect(Map<String, String> database) throws SQLException {
        return DriverManager.getConnection(database.get("UCA_JDBC_URL"), database.getOrDefault("UCA_DB_USER", ""),
                "");
    }

    /** One UCA server's store and scheduled jobs (its web server plays no part here). */
    private final class Server {
        final String name;
        final DemoClock demoClock = new DemoClock();
        final Backend backend;
        final List<ScheduledJobs.Job> jobList;
        final CountingPool pool = new CountingPool();
        final AtomicInteger polls = new AtomicInteger();
        ScheduledJobs jobs;
        volatile boolean stopped;

        Server(String name, Map<String, String> database) {
            this(name, database, (ScheduledJobs.Job) null);
        }

        /** A server with the retention rule as its job, or with only {@code job}. */
        Server(String name, Map<String, String> database, ScheduledJobs.Job job) {
            this(name, database, (configuration, backend) -> List.of(job == null
                    ? Main.retention(configuration, backend) : job));
        }

        /** A server with the jobs {@code jobs} makes for its configuration and store. */
        Server(String name, Map<String, String> database,
                java.util.function.BiFunction<Configuration, Backend, List<ScheduledJobs.Job>> jobs) {
            this.name = name;
            Configuration configuration = Configuration.from(database, new Properties());
            this.backend = Backends.open(configuration, demoClock);
            List<ScheduledJobs.Job> own = jobs.apply(configuration, backend);
            this.jobList = own.stream().map(j -> new ScheduledJobs.Job(j.name(), j.schedule(), () -> {
                runs.add(new Run(j.name(), name, LocalDate.ofInstant(clock.now(), UK)));
                j.work().run();
            })).toList();
            servers.add(this);
        }

        void startJobs() {
            jobs = ScheduledJobs.start(backend.scheduledJobsStore(), jobList, Duration.ofMillis(20),
                    builder -> builder.clock(clock).schedulerName(new SchedulerName.Fixed(name))
                            .executorService(pool).addSchedulerListener(new AbstractSchedulerListener() {
                                @Override
                                public void onSchedulerEvent(SchedulerEventType type) {
                                    if (type == SchedulerEventType.RAN_EXECUTE_DUE) {
                                        polls.incrementAndGet();
                                    }
                                }
                            }));
            // the look for due jobs that every scheduler makes as it starts
            await(name + " started", () -> polls.get() > 0 && pool.idle());
        }

        boolean running() {
            return jobs != null && !stopped;
        }

        void stop() {
            if (!stopped) {
                stopped = true;
                if (jobs != null) {
                    jobs.close();
                }
                backend.close();
            }
        }
    }

    /** The schedulers' threads, counting what they were given and what they finished (idle: the two agree). */
    private static final class CountingPool extends ThreadPoolExecutor {
        private final AtomicLong given = new AtomicLong();
        private final AtomicLong done = new AtomicLong();

        CountingPool() {
            super(1, 1, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>());
        }

        @Override
        public void execute(Runnable command) {
            given.incrementAndGet();
            super.execute(command);
        }

        @Override
        protected void afterExecute(Runnable r, Throwable t) {
            done.incrementAndGet();
        }

        boolean idle() {
            return done.get() == given.get();
        }
    }

    /** db-scheduler's clock, moved by the test and read from the schedulers' threads. */
    static final class MovableClock implements com.github.kagkarlsson.scheduler.Clock {
        private final AtomicReference<Instant> now;

        MovableClock(Instant start) {
            this.now = new AtomicReference<>(start);
        }

        @Override
        public Instant now() {
            return now.get();
        }

        void set(Instant instant) {
            now.set(instant);
        }
    }
}

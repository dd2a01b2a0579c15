package org.uca.bootstrap.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uca.adapter.persistence.DatabaseSettings;
import org.uca.adapter.persistence.SharedPostgres;

/**
 * Drill: two UCA servers ({@code java -jar uca.jar}, each its own process) on one PostgreSQL, behind a real load
 * balancer (Debian's nginx), all on loopback. A landlord runs UCA this way to keep it up while a server is lost or
 * replaced: the scheduled jobs must still run once, not once per server, and go on when a server dies.
 */
@DisplayName("Drill: two servers on one PostgreSQL behind a load balancer")
class TwoServersDrillTest {

    /** What both servers share: one database and one session secret. */
    private static final String SESSION_SECRET = "two-servers-drill-secret-two-servers-drill-secret";

    /** The line {@code ScheduledJobs} logs after each run of a job. */
    private static final Pattern JOB_RAN = Pattern.compile("Scheduled job (\\S+) \\(due (\\S+)\\) done on (.+)");

    private final List<AutoCloseable> running = new ArrayList<>();
    private DatabaseSettings database;
    private LoadBalancer balancer;

    @AfterEach
    void stopEverything() throws Exception {
        for (int i = running.size() - 1; i >= 0; i--) {
            running.get(i).close();
        }
    }

    @Test
    @DisplayName("the scheduled jobs run once, not once per server, and go on on the other server when one is killed")
    void scheduledJobsRunOnce(@TempDir Path dir) throws Exception {
        // The retention rule a second after each run ends, each server looking every second: many runs in a drill.
        Map<String, String> jobs = Map.of("UCA_RETENTION_SCHEDULE", "FIXED_DELAY|1s", "UCA_JOBS_POLL_SECONDS", "1");
        List<UcaServer> servers = startTwoServers(dir, jobs);

        awaitUntil("six runs of the retention rule", Duration.ofSeconds(60), () -> retentionRuns() >= 6);
        // Kill a server between two runs (one killed mid-run would hold the run until db-scheduler finds it dead).
        awaitUntil("a moment between two runs", Duration.ofSeconds(30), this::betweenRuns);
        UcaServer killed = servers.get(0);
        UcaServer survivor = servers.get(1);
        killed.kill();
        Instant killedAt = Instant.now();
        long runsAtKill = retentionRuns();
        awaitUntil("four more runs after the kill", Duration.ofSeconds(60), () -> retentionRuns() >= runsAtKill + 4);
        survivor.close(); // an orderly stop: a run under way finishes first
        running.remove(survivor);

        List<Run> runs = new ArrayList<>();
        servers.forEach(server -> JOB_RAN.matcher(server.log()).results().forEach(m -> runs.add(
                new Run(m.group(1), Instant.parse(m.group(2)), server.name))));
        assertThat(runs.stream().collect(Collectors.groupingBy(r -> r.job() + " due at " + r.due(),
                Collectors.counting()))).as("how often each run of each job was made")
                .allSatisfy((run, times) -> assertThat(times).as(run).isEqualTo(1));
        assertThat(runs).extracting(Run::job).as("the jobs (the sweep of expired sessions runs at the first start)")
                .contains("retention", "session-sweep");
        runs.removeIf(r -> !r.job().equals("retention"));
        assertThat((long) runs.size()).as("runs in the servers' logs against runs in the audit trail")
                .isEqualTo(retentionRuns());
        List<Run> afterKill = runs.stream().filter(r -> r.due().isAfter(killedAt)).toList();
        assertThat(afterKill).as("runs after the kill").hasSizeGreaterThanOrEqualTo(4)
                .extracting(Run::server).containsOnly(survivor.name);
        assertThat(count("select count(*) from scheduled_tasks")).as("one row per job (retention, session-sweep)")
                .isEqualTo(2);
        System.out.println("[drill] two servers: " + runs.size() + " runs of the retention rule, none twice; by"
                + " server: " + runs.stream().collect(Collectors.groupingBy(Run::server, java.util.TreeMap::new,
                        Collectors.counting())) + "; " + afterKill.size() + " after " + killed.name + " was killed");
    }

    /** One run of a scheduled job, as a server logged it. */
    record Run(String job, Instant due, String server) {
    }

    /** Starts two UCA servers on a fresh database (the first loads the demo data), then nginx in front of them. */
    private List<UcaServer> startTwoServers(Path dir, Map<String, String> settings) throws Exception {
        database = SharedPostgres.freshDatabase();
        Map<String, String> shared = new LinkedHashMap<>(settings);
        shared.put("UCA_JDBC_URL", database.jdbcUrl());
        shared.put("UCA_DB_USER", database.user());
        shared.put("UCA_SESSION_SECRET", SESSION_SECRET);
        shared.put("UCA_TRUSTED_PROXIES", "127.0.0.1/32"); // nginx, for X-Forwarded-For
        List<UcaServer> servers = new ArrayList<>();
        for (String name : List.of("server A", "server B")) {
            UcaServer server = UcaServer.start(name, dir, shared);
            running.add(server);
            servers.add(server);
        }
        balancer = LoadBalancer.start(dir.resolve("nginx"), servers);
        running.add(balancer);
        return servers;
    }

    private long retentionRuns() {
        return count("select count(*) from audit_entry where who = 'system:retention'"
                + " and command = 'apply the retention rule'");
    }

    /** The retention rule's row is not picked, and its next run is at least half a second away. */
    private boolean betweenRuns() {
        return count("select count(*) from scheduled_tasks where task_name = 'retention' and not picked"
                + " and execution_time > now() + interval '500 milliseconds'") == 1;
    }

    private long count(String sql) {
        try (Connection c = Tables.open(database.jdbcUrl(), database.user()); Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitUntil(String what, Duration atMost, BooleanSupplier condition) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + atMost.toSeconds() + " s: " + what);
            }
            UcaServer.sleep(100);
        }
    }
}

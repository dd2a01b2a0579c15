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
import java.util.Set;
import java.util.TreeSet;
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
        assertThat(count("select count(*) from scheduled_tasks"))
                .as("one row per job (retention, lapse, session-sweep, webhook-relay)").isEqualTo(4);
        System.out.println("[drill] two servers: " + runs.size() + " runs of the retention rule, none twice; by"
                + " server: " + runs.stream().collect(Collectors.groupingBy(Run::server, java.util.TreeMap::new,
                        Collectors.counting())) + "; " + afterKill.size() + " after " + killed.name + " was killed");
    }

    /** One run of a scheduled job, as a server logged it. */
    record Run(String job, Instant due, String server) {
    }

    @Test
    @DisplayName("a signed-in member of staff keeps working, in the pages and the API, when the server serving them"
            + " is killed")
    void aSignedInUserKeepsWorking(@TempDir Path dir) throws Exception {
        List<UcaServer> servers = startTwoServers(dir, Map.of());
        StaffBrowser officer = new StaffBrowser(balancer.base());
        StaffBrowser.Answer home = officer.signIn("officer", "demo-officer-pass");
        assertThat(home.status()).as("the home page after signing in: %s", home).isEqualTo(200);
        String managersToken = new Api(balancer.base()).token("manager", "demo-manager-pass");

        List<String> recorded = new ArrayList<>();
        Set<String> servedBefore = new TreeSet<>();
        String lastServer = "";
        for (int i = 0; i < 6; i++) { // the load balancer takes turns: each server serves the same session
            for (StaffBrowser.Answer answer : work(officer, managersToken, "before the kill " + i, recorded)) {
                servedBefore.add(answer.server());
                lastServer = answer.server();
            }
        }
        assertThat(servedBefore).as("both servers served the one session and the one token").hasSize(2);

        String serving = lastServer;
        UcaServer killed = servers.stream().filter(s -> serving.equals("127.0.0.1:" + s.port)).findFirst()
                .orElseThrow(() -> new AssertionError("no server at " + serving));
        killed.kill();
        Set<String> servedAfter = new TreeSet<>();
        for (int i = 0; i < 6; i++) {
            work(officer, managersToken, "after the kill " + i, recorded).forEach(a -> servedAfter.add(a.server()));
        }
        assertThat(servedAfter).as("served after %s was killed", killed.name).doesNotContain(serving).hasSize(1);

        for (String caseAndText : recorded) { // every change acknowledged is there
            String[] parts = caseAndText.split("\\|", 2);
            StaffBrowser.Answer theCase = officer.getJson("/api/cases/" + parts[0], managersToken);
            assertThat(theCase.status()).as("the case %s", parts[0]).isEqualTo(200);
            assertThat(theCase.body()).contains(parts[1]);
        }
        System.out.println("[drill] two servers: signed in once, " + recorded.size() + " actions recorded in one"
                + " session, served by " + servedBefore + " before and " + servedAfter + " after " + killed.name
                + " was killed");
    }

    /**
     * One turn of work: the officer opens a resident's contact guidance page and records an action through the API
     * in their browser session; the manager's system reads the guidance with its token. Every step must succeed.
     */
    private static List<StaffBrowser.Answer> work(StaffBrowser officer, String managersToken, String when,
            List<String> recorded) {
        StaffBrowser.Answer page = officer.get("/residents/R-1003");
        assertThat(page.status()).as("the guidance page %s: %s", when, page).isEqualTo(200);
        assertThat(StaffBrowser.signedOut(page)).as("still signed in %s: %s", when, page).isFalse();
        String what = "Shouted at the officer on the phone (" + when + ").";
        StaffBrowser.Answer action = officer.postJson("/api/residents/R-1005/actions", Api.JSON.writeValueAsString(
                Map.of("kind", "VERBAL_ABUSE", "affected", List.of("STAFF"), "occurredAt",
                        Instant.now().minusSeconds(60).toString(), "channel", "PHONE", "whatHappened", what)));
        assertThat(action.status()).as("an action recorded %s: %s", when, action).isEqualTo(201);
        recorded.add(Api.JSON.readTree(action.body()).get("caseId").asString() + "|" + what);
        StaffBrowser.Answer guidance = officer.getJson("/api/residents/R-1003/guidance", managersToken);
        assertThat(guidance.status()).as("the guidance by token %s: %s", when, guidance).isEqualTo(200);
        return List.of(page, action, guidance);
    }

    /** Starts two UCA servers on a fresh database (the first loads the demo data), then nginx in front of them. */
    private List<UcaServer> startTwoServers(Path dir, Map<String, String> settings) throws Exception {
        database = SharedPostgres.freshDatabase();
        Map<String, String> shared = new LinkedHashMap<>(settings);
        shared.put("UCA_JDBC_URL", database.jdbcUrl());
        shared.put("UCA_DB_USER", database.user());
        // no UCA_SESSION_SECRET: the two share the database's own
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

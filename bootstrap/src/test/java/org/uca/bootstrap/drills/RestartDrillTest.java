package org.uca.bootstrap.drills;

import org.uca.adapter.persistence.SharedPostgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Drill: the server UCA runs on dies mid-write (kill -9). A landlord relies on every change UCA acknowledged being
 * there when it is started again on the same database. UCA runs as a separate process (Main, from the test classpath,
 * as the fat jar is only built after the tests), and is killed with {@link Process#destroyForcibly()} while a writer is
 * still sending.
 */
@DisplayName("Drill: kill -9 during writes, then restart")
class RestartDrillTest {

    enum Store { H2_FILE, POSTGRESQL }

    private static final int ACKNOWLEDGED_BEFORE_KILL = 12;
    private static final List<String> RESIDENTS = List.of("R-1005", "R-1006", "R-1007", "R-1008", "R-1009");

    /** One write UCA answered 201 to: the case it went to and its unique account. */
    record Acknowledged(String caseId, String whatHappened) {
    }

    @ParameterizedTest(name = "on {0}")
    @EnumSource(Store.class)
    @DisplayName("every acknowledged write is there after a kill -9 and a restart on the same database")
    void everyAcknowledgedWriteSurvivesAKill(Store store, @TempDir Path dir) throws Exception {
        Map<String, String> database = store == Store.H2_FILE ? Map.of("UCA_DATA_DIR", dir.resolve("data").toString())
                : Map.of("UCA_JDBC_URL", SharedPostgres.freshDatabase().jdbcUrl(), "UCA_DB_USER", "postgres");
        List<Acknowledged> acknowledged = new CopyOnWriteArrayList<>();
        AtomicBoolean stop = new AtomicBoolean();
        Process first = startUca(database, dir.resolve("first.log"));
        Thread writer;
        try {
            Api api = new Api(awaitHealthy(first, dir.resolve("first.log")));
            String officer = api.token("officer", "demo-officer-pass");
            writer = new Thread(() -> {
                for (int i = 0; i < 500 && !stop.get(); i++) {
                    String what = "Write " + i + " " + Instant.now() + ": shouted at the officer.";
                    try {
                        Api.Reply reply = api.post("/api/residents/" + RESIDENTS.get(i % RESIDENTS.size())
                                + "/actions", officer, Map.of("kind", "VERBAL_ABUSE", "affected", List.of("STAFF"),
                                "occurredAt", Instant.now().minusSeconds(60).toString(), "channel", "PHONE",
                                "whatHappened", what));
                        if (reply.status() == 201) {
                            acknowledged.add(new Acknowledged(reply.json().get("caseId").asString(), what));
                        }
                    } catch (RuntimeException connectionLost) {
                        return; // the server is gone: this write was never acknowledged
                    }
                }
            }, "drill-writer");
            writer.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertThat(acknowledged).as("writes acknowledged before the kill").hasSizeGreaterThanOrEqualTo(
                    ACKNOWLEDGED_BEFORE_KILL);
        } finally {
            first.destroyForcibly(); // SIGKILL: no shutdown hook runs
            assertThat(first.waitFor(20, TimeUnit.SECONDS)).as("killed").isTrue();
        }
        stop.set(true);
        writer.join(TimeUnit.SECONDS.toMillis(40));
        List<Acknowledged> sent = new ArrayList<>(acknowledged);

        Process second = startUca(database, dir.resolve("second.log"));
        try {
            Api api = new Api(awaitHealthy(second, dir.resolve("second.log")));
            String officer = api.token("officer", "demo-officer-pass");
            List<String> missing = new ArrayList<>();
            for (Acknowledged a : sent) {
                Api.Reply c = api.get("/api/cases/" + a.caseId(), officer);
                if (c.status() != 200 || !c.body().contains(a.whatHappened())) {
                    missing.add(a.whatHappened());
                }
            }
            assertThat(missing).as("acknowledged writes lost by the kill").isEmpty();
            System.out.println("[drill] restart on " + store + ": " + sent.size()
                    + " acknowledged writes before kill -9, all present after restart");
        } finally {
            second.destroy();
            if (!second.waitFor(20, TimeUnit.SECONDS)) {
                second.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** Starts Main in a child JVM from this test classpath, on a free port, with the demo data. */
    private static Process startUca(Map<String, String> database, Path log) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                "-DUCA_PORT=" + freePort()));
        database.forEach((k, v) -> command.add("-D" + k + "=" + v));
        command.add("org.uca.bootstrap.Main");
        command.add("--demo");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("UCA_"));
        return builder.start();
    }

    /** Waits (at most 60 s) for the child to print its address and answer /health; returns its base URL. */
    private static String awaitHealthy(Process uca, Path log) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(uca.isAlive()).as("UCA is running: %s", read(log)).isTrue();
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("UCA is running at (http://localhost:\\d+)/")
                    .matcher(read(log));
            if (m.find()) {
                String base = m.group(1);
                if (new Api(base).get("/health", null).status() == 200) {
                    return base;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("UCA did not start within 60 s: " + read(log));
    }

    private static String read(Path log) {
        try {
            return Files.exists(log) ? Files.readString(log) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}

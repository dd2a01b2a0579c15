package org.uca.bootstrap.drills;

import org.uca.adapter.persistence.SharedPostgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Drill: PostgreSQL goes away while staff are working. A landlord relies on staff being told plainly that UCA cannot
 * save just now (503, a problem document, never a 500 or a stack trace), on nothing being half-saved, and on UCA
 * coming back by itself when the database does, without anyone restarting it.
 */
@DisplayName("Drill: the database goes down under load and comes back")
class DatabaseOutageDrillTest {

    private static final int CLIENTS = 4;
    private static final int REQUESTS_PER_CLIENT = 3;

    @Test
    @DisplayName("during the outage every request gets a 503 problem document and /health is DOWN; nothing is"
            + " half-written; afterwards /health is UP and requests succeed, without restarting UCA")
    void staffAreToldPlainlyAndUcaRecoversByItself() throws Exception {
        String url = SharedPostgres.freshDatabase().jdbcUrl();
        try (RunningUca uca = RunningUca.start(Map.of("UCA_JDBC_URL", url, "UCA_DB_USER", "postgres"))) {
            Api api = new Api(uca.base);
            String officer = api.token("officer", "demo-officer-pass");
            String walshCase = api.get("/api/residents?q=Walsh", officer).json().get(0).get("caseId").asString();
            assertThat(api.get("/health", null).status()).isEqualTo(200);
            long versionBefore = api.get("/api/cases/" + walshCase, officer).json().get("version").asLong();
            // after that read, which is itself logged (who looked): from here on nothing may be written
            Map<String, String> before = Tables.digest(url, "postgres", Set.of());

            List<Supplier<Api.Reply>> requests = List.of(
                    () -> api.post("/api/residents/R-1002/actions", officer, action()),
                    () -> api.post("/api/cases/" + walshCase + "/warnings", officer, Map.of("actionsReferredTo",
                            List.of(1), "reasons", "Abuse is unacceptable.", "whatMustChange", "Be polite.")),
                    () -> api.get("/api/residents/R-1002/guidance", officer),
                    () -> api.get("/api/cases/" + walshCase, officer),
                    () -> api.post("/api/tokens", null, Map.of("username", "manager", "password",
                            "demo-manager-pass")),
                    () -> api.post("/api/residents/R-1006/actions", officer, action()));
            List<Api.Reply> duringOutage = new ArrayList<>();
            Api.Reply healthDuring;
            long started = System.nanoTime();
            SharedPostgres.stop();
            try {
                ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
                try {
                    List<Future<Api.Reply>> sent = new ArrayList<>();
                    for (int i = 0; i < CLIENTS * REQUESTS_PER_CLIENT; i++) {
                        sent.add(clients.submit(requests.get(i % requests.size())::get));
                    }
                    for (Future<Api.Reply> f : sent) {
                        duringOutage.add(f.get(60, TimeUnit.SECONDS));
                    }
                } finally {
                    clients.shutdownNow();
                }
                healthDuring = api.get("/health", null);
            } finally {
                SharedPostgres.restart();
            }
            Duration outage = Duration.ofNanos(System.nanoTime() - started);

            assertThat(duringOutage).as("every request during the outage").allSatisfy(reply -> {
                assertThat(reply.status()).as("%s", reply).isEqualTo(503);
                assertThat(reply.isProblem()).as("%s", reply).isTrue();
                assertThat(reply.json().get("status").asInt()).isEqualTo(503);
                assertThat(reply.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("org.");
            });
            assertThat(healthDuring.status()).isEqualTo(503);
            assertThat(healthDuring.body()).contains("DOWN");

            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            Api.Reply health = api.get("/health", null);
            while (health.status() != 200 && System.nanoTime() < deadline) {
                Thread.sleep(200);
                health = api.get("/health", null);
            }
            assertThat(health.status()).as("UP again, without restarting UCA: %s", health).isEqualTo(200);
            assertThat(Tables.digest(url, "postgres", Set.of())).as("nothing at all was written during the outage")
                    .isEqualTo(before);
            assertThat(api.get("/api/cases/" + walshCase, officer).json().get("version").asLong())
                    .isEqualTo(versionBefore);

            Api.Reply recorded = api.post("/api/residents/R-1002/actions", officer, action());
            assertThat(recorded.status()).as("%s", recorded).isEqualTo(201);
            assertThat(api.get("/api/cases/" + walshCase, officer).json().get("version").asLong())
                    .isEqualTo(versionBefore + 1);
            assertThat(api.post("/api/tokens", null, Map.of("username", "manager", "password", "demo-manager-pass"))
                    .status()).isEqualTo(201);
            System.out.println("[drill] database outage: " + duringOutage.size() + " requests from " + CLIENTS
                    + " clients during the outage, all 503 problem documents; outage lasted " + outage.toMillis()
                    + " ms; recovered without restart");
        }
    }

    private static Map<String, Object> action() {
        return Map.of("kind", "VERBAL_ABUSE", "affected", List.of("STAFF"), "occurredAt",
                Instant.now().minus(Duration.ofMinutes(5)).toString(), "channel", "PHONE", "whatHappened",
                "Shouted at the officer at the front desk.");
    }
}

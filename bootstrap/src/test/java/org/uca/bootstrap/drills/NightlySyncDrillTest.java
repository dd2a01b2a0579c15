package org.uca.bootstrap.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.uca.adapter.persistence.SharedPostgres;
import tools.jackson.databind.JsonNode;

/**
 * Drill: the housing system's nightly sync against a real UCA (configuration, store, web app; the demo's staff), as
 * bootstrap/README.md's "Nightly sync" says: the demo administrator creates a machine credential over the API, the
 * sync job PUTs one resident and POSTs a batch of 500, staff read them back; a resident who moves keeps their case,
 * one whose tenancy ended is kept with it; a revoked credential gets 401 at once, and after the allowed failures 429.
 */
@DisplayName("Drill: the nightly resident sync through a running UCA")
class NightlySyncDrillTest {

    enum Store { H2, POSTGRESQL }

    private static final int BATCH = 500;
    /** The wrong machine credentials one address may send before it waits (as for sign-in). */
    private static final int ALLOWED_FAILURES = 5;

    @ParameterizedTest(name = "on {0}")
    @EnumSource(Store.class)
    @DisplayName("a machine credential an administrator creates syncs one resident and a batch of 500 that staff"
            + " then find; movers and ended tenancies keep their case; once revoked it gets 401, then 429")
    void nightlySync(Store store) {
        Map<String, String> database = store == Store.H2
                ? Map.of("UCA_JDBC_URL", RunningUca.h2Url("drill-sync-" + UUID.randomUUID()), "UCA_DB_USER", "")
                : Map.of("UCA_JDBC_URL", SharedPostgres.freshDatabase().jdbcUrl(), "UCA_DB_USER", "postgres");
        try (RunningUca uca = RunningUca.start(database)) {
            Api api = new Api(uca.base);
            String admin = api.token("admin", "demo-admin-pass");
            String officer = api.token("officer", "demo-officer-pass");

            Api.Reply created = api.post("/api/admin/machine-credentials", admin,
                    Map.of("name", "Housing system nightly sync"));
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            String secret = created.json().get("secret").asString();
            String id = created.json().get("credential").get("id").asString();
            assertThat(secret).startsWith("uca_mc_");

            String movedCase = onlyResident(api, officer, "R-1001").get("caseId").asString();
            String endedCase = onlyResident(api, officer, "R-1002").get("caseId").asString();
            assertThat(movedCase).as("the demo's R-1001 has a case").isNotBlank();
            assertThat(endedCase).as("the demo's R-1002 has a case").isNotBlank();

            Api.Reply moved = api.put("/api/residents/R-1001", secret, Map.of("name", "Janet Morris",
                    "address_line_1", "3 Harbour Lane", "postcode", "W9 2AB", "tenancy_start", "2015-06-01"));
            assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
            assertThat(moved.json().get("change").asString()).isEqualTo("CHANGED");
            Api.Reply ended = api.put("/api/residents/R-1002", secret, Map.of("name", "Peter Walsh",
                    "address_line_1", "4 Lime Grove", "tenancy_start", "2012-01-09", "tenancy_end", "2026-11-30"));
            assertThat(ended.status()).as(ended.toString()).isEqualTo(200);

            JsonNode mover = onlyResident(api, officer, "R-1001");
            assertThat(mover.get("address").asString()).contains("3 Harbour Lane", "W9 2AB");
            assertThat(mover.get("caseId").asString()).as("a resident who moves keeps their case")
                    .isEqualTo(movedCase);
            assertThat(onlyResident(api, officer, "R-1002").get("caseId").asString())
                    .as("a resident whose tenancy ended is kept, and so is the case").isEqualTo(endedCase);
            Api.Reply endedCaseRead = api.get("/api/cases/" + endedCase, officer);
            assertThat(endedCaseRead.status()).as(endedCaseRead.toString()).isEqualTo(200);
            assertThat(endedCaseRead.json().get("resident").get("id").asString()).isEqualTo("R-1002");

            List<Map<String, Object>> residents = new ArrayList<>();
            for (int i = 0; i < BATCH; i++) {
                Map<String, Object> resident = new LinkedHashMap<>();
                resident.put("reference", String.format("R-7%03d", i));
                resident.put("name", String.format("Nightly Resident %03d", i));
                resident.put("address_line_1", (i + 1) + " Sync Street");
                resident.put("postcode", "W10 5NL");
                resident.put("tenancy_start", "2020-04-01");
                residents.add(resident);
            }
            Api.Reply batch = api.post("/api/residents/batch", secret, Map.of("residents", residents));
            assertThat(batch.status()).as(batch.toString()).isEqualTo(200);
            assertThat(batch.json().get("added").asInt()).isEqualTo(BATCH);
            Api.Reply again = api.post("/api/residents/batch", secret, Map.of("residents", residents));
            assertThat(again.json().get("unchanged").asInt()).as("a repeated night changes nothing").isEqualTo(BATCH);

            Set<String> found = new HashSet<>();
            for (int page = 1; page <= BATCH / 100; page++) {
                Api.Reply listed = api.get("/api/residents?q=Nightly+Resident&size=100&page=" + page, officer);
                assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
                listed.json().forEach(r -> found.add(r.get("id").asString()));
            }
            assertThat(found).as("staff find every resident the batch sent").hasSize(BATCH).contains("R-7000",
                    "R-7499");
            assertThat(onlyResident(api, officer, "R-7437").get("address").asString()).contains("438 Sync Street");

            Api.Reply revoked = api.post("/api/admin/machine-credentials/" + id + "/revoke", admin, Map.of());
            assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
            Api.Reply refused = api.put("/api/residents/R-7000", secret, residents.get(0));
            assertThat(refused.status()).as("a revoked credential stops at once").isEqualTo(401);
            assertThat(refused.isProblem()).isTrue();

            for (int i = 1; i < ALLOWED_FAILURES; i++) {
                assertThat(api.put("/api/residents/R-7000", secret, residents.get(0)).status()).isEqualTo(401);
            }
            Api.Reply held = api.put("/api/residents/R-7000", secret, residents.get(0));
            assertThat(held.status()).as("wrong credentials are held back, counted in the database")
                    .isEqualTo(429);
            assertThat(held.isProblem()).isTrue();
            assertThat(api.get("/api/residents?q=R-1001", officer).status()).as("staff are not held back")
                    .isEqualTo(200);
        }
    }

    /** The one resident the staff search finds for a reference. */
    private static JsonNode onlyResident(Api api, String token, String reference) {
        Api.Reply reply = api.get("/api/residents?q=" + reference, token);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<JsonNode> exact = new ArrayList<>();
        reply.json().forEach(r -> {
            if (r.get("id").asString().equals(reference)) {
                exact.add(r);
            }
        });
        assertThat(exact).as(reply.toString()).hasSize(1);
        return exact.get(0);
    }
}

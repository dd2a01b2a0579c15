package org.uca.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.uca.adapter.web.http.Failures;
import org.uca.adapter.web.support.WebClient;
import org.uca.adapter.web.support.WebFixture;
import org.uca.application.port.in.Failure;
import org.uca.application.port.out.Role;
import org.uca.domain.shared.Refusal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/** The JSON API: problem details for every failure, and the OpenAPI document matching the routes served. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JsonApiTest {

    static final ObjectMapper JSON = JsonMapper.builder().build();
    /** A problem is JSON in UTF-8, and says so (RFC 9457; its curly quotes came out as "?" while it did not). */
    static final String PROBLEM_JSON = "application/problem+json; charset=utf-8";
    WebFixture fixture;

    @BeforeAll
    void start() {
        fixture = new WebFixture();
        fixture.app.start(0);
    }

    @AfterAll
    void stop() {
        fixture.app.stop();
    }

    WebClient as(Role role) {
        return new WebClient(fixture.app.port()).withToken(role);
    }

    static JsonNode json(HttpResponse<String> r) {
        return JSON.readTree(r.body());
    }

    static void assertProblem(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValue(PROBLEM_JSON);
        JsonNode body = json(r);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("title").asString()).isNotBlank();
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    @DisplayName("every application failure maps to its own status: 422, 404, 403, 409, 503")
    void failureMapping() {
        assertThat(Failures.status(new Failure.Refused(Refusal.because("no")))).isEqualTo(422);
        assertThat(Failures.status(new Failure.NotFound("no"))).isEqualTo(404);
        assertThat(Failures.status(new Failure.NotPermitted("no"))).isEqualTo(403);
        assertThat(Failures.status(new Failure.Conflict("no"))).isEqualTo(409);
        assertThat(Failures.status(new Failure.Unavailable("no"))).isEqualTo(503);
    }

    @Test
    @DisplayName("a refusal is 422 with the offending fields in the domain's names")
    void refusalNamesFields() {
        HttpResponse<String> r = as(Role.SERVICE_MANAGER).postJson("/api/cases/" + fixture.caseId + "/decisions",
                """
                {"measures":[{"kind":"HEALTH_AND_SAFETY_REPAIRS_ONLY"},{"kind":"OTHER_CONTACT_STANDARD","description":""}],
                 "grounds":{"type":"AFTER_WARNING","warning":1,"furtherActions":[2]},
                 "reasons":"Continued abuse.",
                 "safeguards":{"equalityAndVulnerabilityNotes":"Considered.","teamsConsulted":["Housing"],
                   "teamsInformed":["Repairs"]},
                 "reviewDate":"%s"}
                """.formatted(java.time.LocalDate.now().plusMonths(6)));
        assertProblem(r, 422);
        Set<String> fields = new HashSet<>();
        json(r).get("errors").values().forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains("measures", "measures[1].description");
        assertThat(r.body()).contains("Assistant Director");
    }

    @Test
    @DisplayName("authorising while a decision is in force asks whether the new one adds to it or replaces it; one"
            + " that replaces it ends it")
    void aNewDecisionSaysWhetherItAddsToOrReplacesTheOneInForce() {
        String decision = """
                {"measures":[{"kind":"OFFICE_BAN"}],
                 "grounds":{"type":"AFTER_WARNING","warning":1,"furtherActions":[2]},
                 "reasons":"Continued abuse at the office.",
                 "safeguards":{"equalityAndVulnerabilityNotes":"Considered.","teamsConsulted":["Housing"],
                   "teamsInformed":["Repairs"]},
                 "reviewDate":"%s"%s}
                """;
        String review = java.time.LocalDate.now().plusMonths(6).toString();
        HttpResponse<String> unsaid = as(Role.SERVICE_MANAGER).postJson("/api/cases/" + fixture.caseId
                + "/decisions", decision.formatted(review, ""));
        assertProblem(unsaid, 422);
        assertThat(json(unsaid).get("errors").findValuesAsString("field")).containsExactly("whileInForce");

        HttpResponse<String> replacing = as(Role.SERVICE_MANAGER).postJson("/api/cases/" + fixture.caseId
                + "/decisions", decision.formatted(review, ",\"whileInForce\":{\"type\":\"REPLACES\",\"decision\":1}"));
        assertThat(replacing.statusCode()).as(replacing.body()).isEqualTo(201);
        var c = fixture.uca.cases.find(fixture.caseId).get();
        assertThat(c.decision(new org.uca.domain.cases.DecisionId(1)).get().status().name()).isEqualTo("REPLACED");
        assertThat(c.decisionsInForce()).hasSize(1);
    }

    @Test
    @DisplayName("at authorisation the review date is chosen, never defaulted: a decision without one is refused by"
            + " name and nothing is recorded")
    void authorisingRequiresAnExplicitReviewDate() {
        long before = fixture.uca.cases.find(fixture.caseId).get().version();
        HttpResponse<String> r = as(Role.SERVICE_MANAGER).postJson("/api/cases/" + fixture.caseId + "/decisions",
                """
                {"measures":[{"kind":"NO_TELEPHONE_CALLS"}],
                 "grounds":{"type":"AFTER_WARNING","warning":1,"furtherActions":[2]},
                 "reasons":"Continued abuse.",
                 "safeguards":{"equalityAndVulnerabilityNotes":"Considered.","teamsConsulted":["Housing"],
                   "teamsInformed":["Repairs"]}}
                """);
        assertProblem(r, 422);
        assertThat(json(r).get("errors").findValuesAsString("field")).containsExactly("reviewDate");
        assertThat(r.body()).contains("Enter the date the restriction will be reviewed");
        assertThat(fixture.uca.cases.find(fixture.caseId).get().version()).isEqualTo(before);
    }

    @Test
    @DisplayName("an action number that is not on the list is refused by name, never silently dropped")
    void actionNumbersAreNeverDropped() {
        HttpResponse<String> r = as(Role.OFFICER).postJson("/api/cases/" + fixture.caseId + "/warnings",
                """
                {"actionsReferredTo":[1,0,-3],"reasons":"Abuse.","whatMustChange":"Stop."}
                """);
        assertProblem(r, 422);
        assertThat(r.body()).contains("actionsReferredTo").contains("-3");
    }

    @Test
    @DisplayName("unknown case is 404, bad JSON 400, wrong content type 415, no token 401")
    void otherProblems() {
        WebClient officer = as(Role.OFFICER);
        assertProblem(officer.getJson("/api/cases/6f1c1a52-0000-4000-8000-000000000000"), 404);
        assertProblem(officer.getJson("/api/cases/not-a-case"), 404);
        assertProblem(officer.getJson("/api/residents/NOBODY/guidance"), 404);
        assertProblem(officer.postJson("/api/cases/" + fixture.caseId + "/warnings", "{not json"), 400);
        assertProblem(new WebClient(fixture.app.port()).getJson("/api/work"), 401);
        assertProblem(officer.getJson("/api/no-such-thing"), 404);
    }

    @Test
    @DisplayName("policy 4.2: GET /api/work puts an appeal for an Assistant Director under forYou for one, and under"
            + " waitingOnSomeoneElse for an officer, saying on whom")
    void myWorkSaysWhoMayAct() {
        JsonNode director = json(new WebClient(fixture.app.port()).withToken(Role.ASSISTANT_DIRECTOR)
                .getJson("/api/work"));
        assertThat(director.get("forYou").get("appealsDue")).singleElement().satisfies(a -> {
            assertThat(a.get("appeal").asInt()).isEqualTo(1);
            assertThat(a.get("waitsOn").isNull()).isTrue();
        });
        assertThat(director.get("waitingOnSomeoneElse").get("appealsDue")).isEmpty();

        JsonNode officer = json(new WebClient(fixture.app.port()).withToken(Role.OFFICER).getJson("/api/work"));
        assertThat(officer.get("forYou").get("appealsDue")).isEmpty();
        assertThat(officer.get("forYou").get("reviewsDue")).isEmpty();
        assertThat(officer.get("waitingOnSomeoneElse").get("appealsDue")).singleElement().satisfies(a -> assertThat(
                a.get("waitsOn").asString()).isEqualTo("an Assistant Director or above who did not make the decision"));
    }

    @Test
    @DisplayName("my cases in the API come a page at a time, the next page in an RFC 8288 Link header; a page size"
            + " outside 1 to 100 is a 422 naming the field")
    void myWorkPaginated() {
        WebFixture own = new WebFixture(); // a case of its own, so the shared fixture's lists stay as they are
        own.app.start(0);
        try {
            WebClient officer = new WebClient(own.app.port()).withToken(Role.OFFICER);
            HttpResponse<String> recorded = officer.postJson("/api/residents/R-3/actions", "{\"kind\":\"VERBAL_ABUSE\","
                    + "\"affected\":[\"STAFF\"],\"occurredAt\":\"" + java.time.Instant.now().minusSeconds(60)
                    + "\",\"channel\":\"PHONE\",\"whatHappened\":\"Shouted at the officer.\"}");
            assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);

            HttpResponse<String> first = officer.getJson("/api/work?size=1");
            HttpResponse<String> second = officer.getJson("/api/work?page=2&size=1");
            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(json(first).get("myCases")).hasSize(1);
            assertThat(first.headers().firstValue("Link")).hasValue("</api/work?page=2&size=1>; rel=\"next\"");
            assertThat(json(second).get("myCases")).hasSize(1);
            assertThat(json(second).get("myCases").get(0).asString())
                    .isNotEqualTo(json(first).get("myCases").get(0).asString());
            assertThat(second.headers().firstValue("Link")).isEmpty();

            HttpResponse<String> tooBig = officer.getJson("/api/work?size=101");
            assertProblem(tooBig, 422);
            assertThat(tooBig.body()).contains("\"field\":\"size\"");
            assertProblem(officer.getJson("/api/work?page=0"), 422);
        } finally {
            own.app.stop();
        }
    }

    @Test
    @DisplayName("a lodged appeal is decided through the API, one level up")
    void appealThroughTheApi() {
        String path = "/api/cases/" + fixture.caseId + "/appeals/1/decision";
        String body = "{\"outcome\":\"DECISION_UPHELD\",\"reasons\":\"The calls were recorded and abusive.\"}";
        assertProblem(as(Role.SERVICE_MANAGER).postJson(path, body), 422);
        HttpResponse<String> decided = as(Role.ASSISTANT_DIRECTOR).postJson(path, body);
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        assertThat(json(decided).get("letter").get("kind").asString()).isEqualTo("APPEAL_OUTCOME");
        JsonNode theCase = json(as(Role.OFFICER).getJson("/api/cases/" + fixture.caseId));
        assertThat(theCase.get("appeals").get(0).get("outcome").get("outcome").asString())
                .isEqualTo("DECISION_UPHELD");
        assertThat(theCase.get("guidance").get("noTelephoneCalls").asBoolean()).isTrue();
    }

    @Test
    @DisplayName("openapi.json documents exactly the /api routes served, and each answers as documented")
    void openApiMatchesTheRoutes() {
        WebClient director = as(Role.DIRECTOR);
        HttpResponse<String> doc = director.getJson("/api/openapi.json");
        assertThat(doc.statusCode()).isEqualTo(200);
        JsonNode openApi = json(doc);
        assertThat(openApi.get("openapi").asString()).startsWith("3.");
        Set<String> documented = new TreeSet<>();
        for (Map.Entry<String, JsonNode> path : openApi.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                documented.add(operation.getKey().toUpperCase() + " " + path.getKey());
            }
        }
        Set<String> served = fixture.routes.stream().filter(r -> r.path().startsWith("/api/"))
                .map(r -> r.method() + " " + r.path()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(documented).isEqualTo(served);

        for (String operation : documented) {
            String method = operation.substring(0, operation.indexOf(' '));
            String template = operation.substring(operation.indexOf(' ') + 1);
            String path = template.replace("{resident}", "R-1").replace("{case}", fixture.caseId.toString())
                    .replace("{decision}", "1").replace("{appeal}", "1").replace("{staff}", "S-OFFICER")
                    .replace("{username}", "officer").replace("{id}", "0123456789abcdef")
                    .replace("{reference}", "R-1").replace("{team}", "Repairs").replace("{number}", "1")
                    .replace("{system}", "999999").replace("{delivery}", "1").replace("{correspondence}", "1")
                    .replace("{file}", "uk.org.uca.restriction.authorised.v1.json");
            if (path.equals("/api/residents")) {
                path += "?q=Carol";
            } else if (path.equals("/api/monitoring")) {
                path += "?from=2026-01-01&to=2026-12-31";
            }
            // a DELETE is sent as DELETE, but for ending the token the rest of the loop signs in with
            boolean endsTheToken = path.equals("/api/tokens/current");
            HttpResponse<String> r = method.equals("GET") ? director.getJson(path)
                    : method.equals("PUT") ? director.putJson(path, "{}")
                    : method.equals("DELETE") && !endsTheToken ? director.delete(path) : director.postJson(path, "{}");
            JsonNode responses = openApi.get("paths").get(template).get(method.toLowerCase()).get("responses");
            assertThat(responses.has(String.valueOf(r.statusCode()))).as(operation + " -> " + r.statusCode())
                    .isTrue();
            String type = r.headers().firstValue("Content-Type").orElse("");
            assertThat(type).as(operation).isEqualTo(r.statusCode() < 400 ? "application/json" : PROBLEM_JSON);
        }
    }
}

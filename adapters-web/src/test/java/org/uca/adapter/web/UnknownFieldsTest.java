package org.uca.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.uca.adapter.web.support.WebClient;
import org.uca.adapter.web.support.WebCredentials;
import org.uca.adapter.web.support.WebFixture;
import org.uca.application.port.out.Role;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.StaffMember;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Nothing is silently lost: a field the API does not know is refused by name (a 422 that lists the fields the
 * request takes), never dropped while the rest is saved.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("The JSON API refuses fields it does not know")
class UnknownFieldsTest {

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

    @Test
    @DisplayName("a mistyped field or a role sent with a new member of staff is a 422 naming it, and nobody is added")
    void unknownFieldOnAStaffRecordSavesNothing() {
        long before = fixture.uca.staff.all().size();
        HttpResponse<String> refused = as(Role.ADMINISTRATOR).postJson("/api/admin/staff", """
                {"name":"Sam Manager","email":"sam@example.org","team":"Housing","jobTitle":"Service Manager",
                 "authority":"SERVICE_MANAGER","role":"SERVICE_MANAGER","nmae":"Sam"}""");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        JsonNode problem = JsonApiTest.json(refused);
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactlyInAnyOrder("role", "nmae");
        assertThat(problem.get("errors").get(0).get("reason").asString())
                .contains("authority, email, jobTitle, name, team");
        assertThat(problem.get("detail").asString()).endsWith("Nothing was saved.");
        assertThat(fixture.uca.staff.all().size()).as("nobody added").isEqualTo(before);
    }

    @Test
    @DisplayName("a new member of staff with no name, a bad email and no authority level: each field's problem at"
            + " once, not one at a time")
    void everyFieldsProblemAtOnce() {
        HttpResponse<String> refused = as(Role.ADMINISTRATOR).postJson("/api/admin/staff", """
                {"name":"","email":"not-an-email","team":"Housing","authority":"BOSS"}""");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(JsonApiTest.json(refused).get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("name", "email", "authority");
    }

    @Test
    @DisplayName("an edit with an unknown role and other bad fields: each field's problem at once, nothing saved")
    void everyFieldsProblemAtOnceOnAnEdit() {
        String id = JsonApiTest.json(as(Role.ADMINISTRATOR).postJson("/api/admin/staff", """
                {"name":"Rhys Role","email":"rhys@example.org","team":"Housing","authority":"NONE"}"""))
                .get("id").asString();
        HttpResponse<String> refused = as(Role.ADMINISTRATOR).postJson("/api/admin/staff/" + id, """
                {"name":"","email":"x","team":"","authority":"BOSS","role":"KING"}""");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(JsonApiTest.json(refused).get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("name", "email", "team", "authority", "role");
        assertThat(as(Role.ADMINISTRATOR).getJson("/api/admin/staff?q=rhys").body()).contains("Rhys Role");
    }

    @Test
    @DisplayName("a page of the staff or accounts list that is not a whole number from 1 is a 422 naming it, not"
            + " silently the first page")
    void aPageThatIsNotANumberIsRefused() {
        for (String list : java.util.List.of("/api/admin/staff", "/api/admin/accounts")) {
            for (String page : java.util.List.of("abc", "0", "-3")) {
                HttpResponse<String> refused = as(Role.ADMINISTRATOR).getJson(list + "?page=" + page);
                assertThat(refused.statusCode()).as(list + " page " + page).isEqualTo(422);
                assertThat(JsonApiTest.json(refused).get("errors").findValuesAsString("field")).containsExactly("page");
            }
            assertThat(as(Role.ADMINISTRATOR).getJson(list + "?page=2").statusCode()).isEqualTo(200);
            assertThat(as(Role.OFFICER).getJson(list + "?page=abc").statusCode()).as("the role first").isEqualTo(403);
        }
    }

    @Test
    @DisplayName("an administrator editing their own record may leave out their role and level (they are kept, as on"
            + " the page); giving another one is refused")
    void ownRecordWithoutRoleAndLevel() {
        String me = "S-amy.admin";
        fixture.uca.staff.addAccount("amy.admin", new WebCredentials().hash("plum orbit kettle gravel"),
                new StaffMember(new StaffId(me), "Amy Admin", "Administration", AuthorityLevel.NONE),
                Role.ADMINISTRATOR);
        String token = JsonApiTest.json(new WebClient(fixture.app.port()).postJson("/api/tokens",
                "{\"username\":\"amy.admin\",\"password\":\"plum orbit kettle gravel\"}")).get("token").asString();
        WebClient amy = new WebClient(fixture.app.port()).withBearer(token);
        HttpResponse<String> saved = amy.postJson("/api/admin/staff/" + me, """
                {"name":"Ada Admin","email":"ada@example.org","team":"Administration","jobTitle":"Administrator"}""");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(JsonApiTest.json(saved).get("role").asString()).isEqualTo("ADMINISTRATOR");
        HttpResponse<String> refused = amy.postJson("/api/admin/staff/" + me, """
                {"name":"Ada Admin","email":"ada@example.org","team":"Administration","authority":"DIRECTOR"}""");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(JsonApiTest.json(refused).get("errors").findValuesAsString("field")).containsExactly("authority");
    }

    @Test
    @DisplayName("an unknown field inside a measure of a decision is named by its place, and no decision is recorded")
    void unknownNestedFieldIsNamedByItsPlace() {
        String before = as(Role.SERVICE_MANAGER).getJson("/api/cases/" + fixture.caseId).body();
        HttpResponse<String> refused = as(Role.SERVICE_MANAGER).postJson("/api/cases/" + fixture.caseId
                + "/decisions", """
                {"measures":[{"kind":"SINGLE_POINT_OF_CONTACT","officer":"staff-officer"},
                             {"kind":"WRITTEN_CONTACT_ONLY","colour":"red"}],
                 "grounds":{"type":"AFTER_WARNING","warning":1,"furtherActions":[2]},
                 "reasons":"Continued abuse.",
                 "safeguards":{"equalityAndVulnerabilityNotes":"Considered.","teamsConsulted":["Housing"],
                   "teamsInformed":["Repairs"]}}""");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(JsonApiTest.json(refused).get("errors").findValuesAsString("field"))
                .containsExactly("measures[1].colour");
        // Nothing is recorded but the refused attempt, on the case's audit trail (issue 13 §6).
        JsonNode after = JsonApiTest.json(as(Role.SERVICE_MANAGER).getJson("/api/cases/" + fixture.caseId));
        JsonNode was = JsonMapper.builder().build().readTree(before);
        assertThat(((tools.jackson.databind.node.ObjectNode) after.deepCopy()).without("audit"))
                .isEqualTo(((tools.jackson.databind.node.ObjectNode) was.deepCopy()).without("audit"));
        assertThat(after.get("audit").size()).isEqualTo(was.get("audit").size() + 1);
    }

    @Test
    @DisplayName("one action may be sent as its fields or in 'reports', but not both: fields beside 'reports' are"
            + " refused, not ignored")
    void anActionsFieldsBesideReportsAreRefused() {
        HttpResponse<String> refused = as(Role.OFFICER).postJson("/api/residents/R-3/actions", """
                {"reports":[{"kind":"VERBAL_ABUSE","affected":["STAFF"],"occurredAt":"2026-11-20T10:00:00Z",
                             "channel":"PHONE","whatHappened":"Shouted."}],
                 "whatHappened":"Swore, too."}""");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(JsonApiTest.json(refused).get("errors").findValuesAsString("field")).contains("whatHappened");
    }

    @Test
    @DisplayName("every JSON request in the API document lists its fields, so none can take an unknown one unseen")
    void everyRequestDeclaresItsFields() throws Exception {
        JsonNode document;
        try (InputStream in = UnknownFieldsTest.class.getResourceAsStream("/openapi.json")) {
            document = JsonMapper.builder().build().readTree(in);
        }
        JsonNode schemas = document.path("components").path("schemas");
        List<String> undeclared = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> op : path.getValue().properties()) {
                JsonNode schema = op.getValue().path("requestBody").path("content").path("application/json")
                        .path("schema");
                if (schema.isMissingNode()) {
                    continue;
                }
                if (schema.has("$ref")) {
                    String ref = schema.get("$ref").asString();
                    schema = schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
                }
                if (!schema.path("properties").isObject() || schema.path("properties").isEmpty()) {
                    undeclared.add(op.getKey().toUpperCase() + " " + path.getKey());
                }
            }
        }
        assertThat(undeclared).isEmpty();
    }
}

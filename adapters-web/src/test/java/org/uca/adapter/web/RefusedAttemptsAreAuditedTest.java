package org.uca.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.adapter.web.support.WebClient;
import org.uca.adapter.web.support.WebFixture;
import org.uca.application.port.out.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 13 §6: every attempt about a case — accepted, refused, not permitted, conflicting — is on the case's audit
 * page, including one the web refused before its use case was asked: a change without a usable If-Match, a body or
 * form that cannot be read or holds a character that cannot be stored, a role not offered the task. And the reads
 * of personal data not logged before — how letters were sent, the Service Development Team's inbox — are.
 */
class RefusedAttemptsAreAuditedTest {

    private static final String WARNING = "{\"actionsReferredTo\":[1],\"reasons\":\"Abuse of staff.\","
            + "\"whatMustChange\":\"Stop swearing at staff.\"}";

    WebFixture fixture;
    String warnings;

    @BeforeEach
    void start() {
        fixture = new WebFixture();
        fixture.app.start(0);
        warnings = "/api/cases/" + fixture.caseId + "/warnings";
    }

    @AfterEach
    void stop() {
        fixture.app.stop();
    }

    private static JsonNode json(HttpResponse<String> r) {
        return JsonMapper.builder().build().readTree(r.body());
    }

    /** The case's attempts, newest first, as a manager reads them through the API. */
    private List<JsonNode> attempts() {
        HttpResponse<String> audit = new WebClient(fixture.app.port()).withToken(Role.SERVICE_MANAGER)
                .getJson("/api/cases/" + fixture.caseId + "/audit?size=100");
        assertThat(audit.statusCode()).as(audit.body()).isEqualTo(200);
        return StreamSupport.stream(json(audit).at("/attempts/items").values().spliterator(), false).toList();
    }

    /** Makes the attempt, which must be answered with {@code status}, and returns the one audit line it left. */
    private JsonNode theOneLineLeftBy(int status, java.util.function.Supplier<HttpResponse<String>> attempt) {
        int before = attempts().size();
        HttpResponse<String> answer = attempt.get();
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        List<JsonNode> after = attempts();
        assertThat(after).as("one line for the attempt").hasSize(before + 1);
        return after.get(0);
    }

    private static String line(JsonNode attempt) {
        return attempt.get("what").asString() + " " + attempt.get("outcome").asString() + " "
                + attempt.at("/who/role").asString();
    }

    @Test
    @DisplayName("a change without If-Match (428), with a weak or listed If-Match (400), or from an out-of-date"
            + " version (412) each leaves one line on the case's audit trail, with why")
    void changesWithoutAUsableIfMatchAreAudited() {
        JsonNode none = theOneLineLeftBy(428, () -> fixture.apiAsGiven(Role.OFFICER).postJson(warnings, WARNING));
        assertThat(line(none)).isEqualTo("issue a warning REFUSED OFFICER");
        assertThat(none.get("why").asString()).contains("must say which version of the case", "no If-Match");

        JsonNode weak = theOneLineLeftBy(400, () -> fixture.apiAsGiven(Role.OFFICER)
                .withHeader("If-Match", "W/\"" + fixture.caseVersion() + "\"").postJson(warnings, WARNING));
        assertThat(line(weak)).isEqualTo("issue a warning REFUSED OFFICER");
        assertThat(weak.get("why").asString()).contains("If-Match is not one of this case's ETags");

        JsonNode stale = theOneLineLeftBy(412, () -> fixture.apiAsGiven(Role.OFFICER)
                .withHeader("If-Match", "\"1\"").postJson(warnings, WARNING));
        assertThat(line(stale)).isEqualTo("issue a warning CONFLICT OFFICER");
    }

    @Test
    @DisplayName("a body refused while it is read — not JSON, values of the wrong type, fields missing — leaves one"
            + " line on the case's audit trail naming what was wrong")
    void bodiesRefusedWhileReadAreAudited() {
        WebClient officer = new WebClient(fixture.app.port()).withToken(Role.OFFICER);
        JsonNode malformed = theOneLineLeftBy(400, () -> officer.postJson(warnings, "{not json"));
        assertThat(line(malformed)).isEqualTo("issue a warning REFUSED OFFICER");
        assertThat(malformed.get("why").asString()).contains("not valid JSON");

        JsonNode mistyped = theOneLineLeftBy(422, () -> officer.postJson(warnings,
                "{\"actionsReferredTo\":[1],\"reasons\":5,\"whatMustChange\":\"Stop.\"}"));
        assertThat(line(mistyped)).isEqualTo("issue a warning REFUSED OFFICER");
        assertThat(mistyped.get("why").asString()).contains("wrong type", "reasons");

        JsonNode missing = theOneLineLeftBy(422, () -> officer.postJson(warnings, "{\"actionsReferredTo\":[1]}"));
        assertThat(line(missing)).isEqualTo("issue a warning REFUSED OFFICER");
        assertThat(missing.get("why").asString()).contains("reasons");
    }

    @Test
    @DisplayName("a character that cannot be stored, in the API or on a form, leaves one line on the case's audit"
            + " trail and page naming the field, never the refused input")
    void unstorableInputIsAuditedWithoutEchoingIt() {
        JsonNode api = theOneLineLeftBy(422, () -> new WebClient(fixture.app.port()).withToken(Role.OFFICER)
                .postJson(warnings, "{\"actionsReferredTo\":[1],\"reasons\":\"Abuse\\u0000 of staff.\","
                        + "\"whatMustChange\":\"Stop.\"}"));
        assertThat(line(api)).isEqualTo("issue a warning REFUSED OFFICER");
        assertThat(api.get("why").asString()).contains("reasons").doesNotContain("\u0000", "Abuse");

        WebClient officer = new WebClient(fixture.app.port()).signIn(Role.OFFICER);
        JsonNode form = theOneLineLeftBy(422, () -> officer.post("/cases/" + fixture.caseId + "/warning",
                "actionsReferredTo", "1", "reasons", "Shouted\u0007 at staff.", "whatMustChange", "Speak calmly."));
        assertThat(line(form)).isEqualTo("issue a warning REFUSED OFFICER");
        assertThat(form.get("why").asString()).contains("reasons").doesNotContain("\u0007", "Shouted");

        String page = new WebClient(fixture.app.port()).signIn(Role.SERVICE_MANAGER)
                .get("/cases/" + fixture.caseId + "/audit").body();
        assertThat(page).contains("issue a warning", "The form was refused before anything was saved: reasons");
    }

    @Test
    @DisplayName("a form's input refused by the web (the form again, input kept) leaves one line, and one the policy"
            + " refuses is audited once, by the use case")
    void aFormRefusedEitherWayLeavesOneLine() {
        WebClient officer = new WebClient(fixture.app.port()).signIn(Role.OFFICER);
        JsonNode unread = theOneLineLeftBy(422, () -> officer.post("/cases/" + fixture.caseId + "/warning",
                "reasons", "Abuse.", "whatMustChange", "Stop."));
        assertThat(line(unread)).isEqualTo("issue a warning REFUSED OFFICER");
        assertThat(unread.get("why").asString()).contains("actionsReferredTo");

        JsonNode byThePolicy = theOneLineLeftBy(422, () -> officer.post("/cases/" + fixture.caseId + "/warning",
                "actionsReferredTo", "9", "reasons", "Abuse.", "whatMustChange", "Stop."));
        assertThat(line(byThePolicy)).isEqualTo("issue a warning REFUSED OFFICER");
    }

    @Test
    @DisplayName("a role not permitted the task is audited as not permitted on the case, whether its input could be"
            + " read or not, and a resident's change on the resident's case")
    void aRoleNotPermittedIsAuditedOnTheCase() {
        JsonNode unreadable = theOneLineLeftBy(403, () -> new WebClient(fixture.app.port())
                .withToken(Role.SERVICE_DEVELOPMENT_TEAM).postJson(warnings, "{\"actionsReferredTo\":[1]}"));
        assertThat(line(unreadable)).isEqualTo("issue a warning NOT_PERMITTED SERVICE_DEVELOPMENT_TEAM");
        assertThat(unreadable.get("why").asString()).contains("you cannot issue a warning");

        JsonNode form = theOneLineLeftBy(403, () -> new WebClient(fixture.app.port())
                .signIn(Role.DATA_PROTECTION_OFFICER).post("/cases/" + fixture.caseId + "/warning", "reasons", "x"));
        assertThat(line(form)).isEqualTo("issue a warning NOT_PERMITTED DATA_PROTECTION_OFFICER");

        JsonNode resident = theOneLineLeftBy(428, () -> fixture.apiAsGiven(Role.OFFICER).postJson(
                "/api/residents/" + WebFixture.CASE_RESIDENT.value() + "/contacts", "{\"minutes\":5,\"channel\":\"PHONE\"}"));
        assertThat(line(resident)).isEqualTo("record contact time REFUSED OFFICER");
        assertThat(resident.get("beforeTheCase").asBoolean()).isFalse();
    }

    @Test
    @DisplayName("how the case's letters were sent, and the Service Development Team's inbox and a notification"
            + " opened, are shown on the case's audit page as looks")
    void letterSendingsAndTheInboxAreLooks() {
        WebClient officer = new WebClient(fixture.app.port()).withToken(Role.OFFICER);
        HttpResponse<String> posted = officer.postJson("/api/cases/" + fixture.caseId + "/letter-sendings",
                "{\"letter\":\"warning/1\",\"how\":\"POSTED\"}");
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(201);
        assertThat(officer.getJson("/api/cases/" + fixture.caseId + "/letter-sendings").statusCode()).isEqualTo(200);
        WebClient sdt = new WebClient(fixture.app.port()).signIn(Role.SERVICE_DEVELOPMENT_TEAM);
        assertThat(sdt.get("/inbox").statusCode()).isEqualTo(200);
        long first = fixture.uca.notifications.inbox(0, 1).head().id();
        assertThat(sdt.get("/inbox/" + first).statusCode()).isEqualTo(200);

        JsonNode looks = json(new WebClient(fixture.app.port()).withToken(Role.SERVICE_MANAGER)
                .getJson("/api/cases/" + fixture.caseId + "/audit?size=100")).at("/looks/items");
        List<String> seen = StreamSupport.stream(looks.values().spliterator(), false)
                .map(l -> l.at("/who/role").asString() + ": " + l.get("what").asString()).toList();
        assertThat(seen).contains("OFFICER: how the case's letters were sent",
                "SERVICE_DEVELOPMENT_TEAM: the Service Development Team's notifications (page 1)",
                "SERVICE_DEVELOPMENT_TEAM: the Service Development Team's notification " + first);
        assertThat(new WebClient(fixture.app.port()).signIn(Role.SERVICE_MANAGER)
                .get("/cases/" + fixture.caseId + "/audit").body())
                .contains("how the case's letters were sent", "the Service Development Team's notifications (page 1)");
    }
}

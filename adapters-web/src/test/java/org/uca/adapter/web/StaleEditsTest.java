package org.uca.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.uca.adapter.web.support.WebClient;
import org.uca.adapter.web.support.WebFixture;
import org.uca.application.port.out.Role;

/**
 * A decision must rest on the record as it is: a change made from an out-of-date copy of the case saves nothing and
 * says what changed since (RFC 9110 conditional requests, RFC 6585 428 through the API; the form again, input kept,
 * on the pages).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaleEditsTest {

    private static final String WARNING = "{\"actionsReferredTo\":[1],\"reasons\":\"Abuse of staff.\","
            + "\"whatMustChange\":\"Stop swearing at staff.\"}";
    private static final Pattern VERSION_FIELD = Pattern.compile("name=\"caseVersion\" value=\"(\\d+)\"");

    WebFixture fixture;

    @BeforeAll
    void start() {
        fixture = new WebFixture(5, Instant::now);
        fixture.app.start(0);
    }

    @AfterAll
    void stop() {
        fixture.app.stop();
    }

    @Test
    @DisplayName("the case is read with its version as ETag; a change without If-Match is 428, saying what to send,"
            + " and saves nothing")
    void aChangeWithoutIfMatchIsPreconditionRequired() {
        WebClient officer = fixture.apiAsGiven(Role.OFFICER);
        HttpResponse<String> read = officer.getJson("/api/cases/" + fixture.caseId);
        assertThat(read.headers().firstValue("ETag")).hasValue("\"" + fixture.caseVersion() + "\"");
        assertThat(read.body()).contains("\"version\":" + fixture.caseVersion());
        long before = fixture.caseVersion();

        HttpResponse<String> unconditional = officer.postJson("/api/cases/" + fixture.caseId + "/warnings", WARNING);

        assertThat(unconditional.statusCode()).isEqualTo(428);
        assertThat(unconditional.headers().firstValue("Content-Type")).hasValue(JsonApiTest.PROBLEM_JSON);
        assertThat(unconditional.body()).contains("If-Match", "nothing was saved", "GET /api/cases/{case}");
        assertThat(fixture.caseVersion()).isEqualTo(before);
    }

    @Test
    @DisplayName("a change from an out-of-date version is 412 with the case's ETag now and what changed since; nothing"
            + " is saved, and the same change from the current ETag is made")
    void aChangeFromAStaleVersionIsPreconditionFailed() {
        long seen = fixture.caseVersion();
        String etag = "\"" + seen + "\"";
        HttpResponse<String> first = fixture.apiAsGiven(Role.OFFICER).withHeader("If-Match", etag)
                .postJson("/api/cases/" + fixture.caseId + "/warnings", WARNING);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);

        HttpResponse<String> retried = fixture.apiAsGiven(Role.OFFICER).withHeader("If-Match", etag)
                .postJson("/api/cases/" + fixture.caseId + "/warnings", WARNING);

        assertThat(retried.statusCode()).as("a retry after a change that landed is caught, not made twice")
                .isEqualTo(412);
        assertThat(retried.headers().firstValue("ETag")).hasValue("\"" + (seen + 1) + "\"");
        assertThat(retried.body()).contains("changed since you looked at it", "\"changedSince\":[",
                "\"event\":\"WarningIssued\"");
        assertThat(fixture.caseVersion()).isEqualTo(seen + 1);
        assertThat(fixture.uca.audit.forCase(fixture.caseId).last().outcome().name()).isEqualTo("CONFLICT");

        HttpResponse<String> again = fixture.apiAsGiven(Role.OFFICER).withHeader("If-Match", "\"" + (seen + 1) + "\"")
                .postJson("/api/cases/" + fixture.caseId + "/warnings", WARNING);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
    }

    @Test
    @DisplayName("If-Match: * and weak or listed tags do not say which version was seen: refused, nothing saved")
    void ifMatchMustNameOneVersion() {
        long before = fixture.caseVersion();
        String path = "/api/cases/" + fixture.caseId + "/warnings";
        assertThat(fixture.apiAsGiven(Role.OFFICER).withHeader("If-Match", "*").postJson(path, WARNING).statusCode()).isEqualTo(428);
        assertThat(fixture.apiAsGiven(Role.OFFICER).withHeader("If-Match", "W/\"" + before + "\"").postJson(path, WARNING)
                .statusCode()).isEqualTo(400);
        assertThat(fixture.apiAsGiven(Role.OFFICER).withHeader("If-Match", "\"" + before + "\", \"" + (before - 1) + "\"")
                .postJson(path, WARNING).statusCode()).isEqualTo(400);
        assertThat(fixture.apiAsGiven(Role.OFFICER).withHeader("If-Match", "\"" + (before + 7) + "\"").postJson(path, WARNING)
                .statusCode()).isEqualTo(412);
        assertThat(fixture.caseVersion()).isEqualTo(before);
    }

    @Test
    @DisplayName("a role that may not make the change is told so (403), not asked for If-Match")
    void aRoleThatMayNotChangeIsRefusedNotAskedForAVersion() {
        HttpResponse<String> r = fixture.apiAsGiven(Role.SERVICE_DEVELOPMENT_TEAM)
                .postJson("/api/cases/" + fixture.caseId + "/warnings", WARNING);
        assertThat(r.statusCode()).isEqualTo(403);
    }

    @Test
    @DisplayName("the contact centre records contact from the guidance it read: the guidance's ETag is the case's"
            + " version, accepted as If-Match once, then stale (412); a resident with no case has no ETag")
    void contactIsRecordedFromTheGuidanceRead() {
        WebClient centre = fixture.apiAsGiven(Role.OFFICER);
        HttpResponse<String> guidance = centre.getJson("/api/residents/" + WebFixture.CASE_RESIDENT.value()
                + "/guidance");
        String etag = guidance.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isEqualTo("\"" + fixture.caseVersion() + "\"");
        String contact = "{\"minutes\":10,\"channel\":\"PHONE\"}";
        String path = "/api/residents/" + WebFixture.CASE_RESIDENT.value() + "/contacts";

        HttpResponse<String> recorded = fixture.apiAsGiven(Role.OFFICER).withHeader("If-Match", etag)
                .postJson(path, contact);
        HttpResponse<String> again = fixture.apiAsGiven(Role.OFFICER).withHeader("If-Match", etag)
                .postJson(path, contact);

        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(200);
        assertThat(again.statusCode()).isEqualTo(412);
        assertThat(centre.getJson("/api/residents/" + WebFixture.CASE_RESIDENT.value() + "/guidance").headers()
                .firstValue("ETag")).hasValue("\"" + fixture.caseVersion() + "\"");
        assertThat(centre.getJson("/api/residents/" + WebFixture.SECOND_RESIDENT.value() + "/guidance").headers()
                .firstValue("ETag")).as("no case yet: record with If-None-Match: *").isEmpty();
    }

    @Test
    @DisplayName("for a resident with no case, If-None-Match: * opens one; a second client who also saw no case gets"
            + " 412 saying what the first recorded")
    void openingACaseFromNoCaseYet() {
        String action = "{\"kind\":\"VERBAL_ABUSE\",\"affected\":[\"STAFF\"],\"occurredAt\":\""
                + Instant.now().minusSeconds(60) + "\",\"channel\":\"PHONE\",\"whatHappened\":\"Shouted.\"}";
        String path = "/api/residents/" + WebFixture.THIRD_RESIDENT.value() + "/actions";
        assertThat(fixture.apiAsGiven(Role.OFFICER).postJson(path, action).statusCode()).isEqualTo(428);

        HttpResponse<String> first = fixture.apiAsGiven(Role.OFFICER).withHeader("If-None-Match", "*").postJson(path, action);
        HttpResponse<String> second = fixture.apiAsGiven(Role.OFFICER).withHeader("If-None-Match", "*").postJson(path, action);

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(412);
        assertThat(second.body()).contains("Unacceptable action recorded");
        assertThat(fixture.uca.cases.findByResident(WebFixture.THIRD_RESIDENT).get().actions()).hasSize(1);
    }

    @Test
    @DisplayName("two officers on the same warning form: the second is shown what changed, their input kept, nothing"
            + " saved; submitting again from the page as now shown is made")
    void aStaleFormSubmitKeepsTheInputAndShowsWhatChanged() {
        String form = "/cases/" + fixture.caseId + "/warning";
        WebClient first = new WebClient(fixture.app.port()).signIn(Role.OFFICER);
        WebClient second = new WebClient(fixture.app.port()).signIn(Role.SERVICE_MANAGER);
        String firstSaw = versionOn(first.get(form).body());
        String secondSaw = versionOn(second.get(form).body());
        assertThat(firstSaw).isEqualTo(secondSaw).isEqualTo(String.valueOf(fixture.caseVersion()));

        assertThat(first.post(form, "caseVersion", firstSaw, "actionsReferredTo", "1", "reasons", "Abuse by phone.",
                "whatMustChange", "Stop.").statusCode()).isEqualTo(303);
        long afterFirst = fixture.caseVersion();
        HttpResponse<String> stale = second.post(form, "caseVersion", secondSaw, "actionsReferredTo", "1",
                "reasons", "Threats made at the office.", "whatMustChange", "Be civil.");

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("This case has changed since you looked at it", "nothing was saved",
                "Your answers are kept below", "Changed since: ", "Warning issued",
                "Threats made at the office.", "Be civil.");
        assertThat(versionOn(stale.body())).isEqualTo(String.valueOf(afterFirst));
        assertThat(fixture.caseVersion()).isEqualTo(afterFirst);

        assertThat(second.post(form, "caseVersion", versionOn(stale.body()), "actionsReferredTo", "1",
                "reasons", "Threats made at the office.", "whatMustChange", "Be civil.").statusCode()).isEqualTo(303);
        assertThat(fixture.caseVersion()).isEqualTo(afterFirst + 1);
    }

    @Test
    @DisplayName("a form that loses a race at the commit (another change landed at that moment) is shown again with"
            + " the input kept and nothing saved; submitting it again is then refused as stale, never saved twice")
    void aFormThatLosesTheRaceAtCommitKeepsTheInput() {
        String form = "/cases/" + fixture.caseId + "/warning";
        WebClient officer = new WebClient(fixture.app.port()).signIn(Role.OFFICER);
        String saw = versionOn(officer.get(form).body());
        fixture.uca.unitOfWork.beforeNextCommit(() -> fixture.uca.application.recordContact().recordContact(
                new org.uca.application.port.in.RecordContactUseCase.Command(fixture.staffOf.get(Role.OFFICER),
                        WebFixture.CASE_RESIDENT, Instant.now().minusSeconds(5), 5,
                        org.uca.domain.shared.Channel.PHONE)));
        long before = fixture.caseVersion();

        HttpResponse<String> lost = officer.post(form, "caseVersion", saw, "actionsReferredTo", "1",
                "reasons", "Shouted at the caretaker.", "whatMustChange", "Speak calmly.");

        assertThat(lost.statusCode()).isEqualTo(409);
        assertThat(lost.body()).contains("Someone else changed this case at the same time", "Your answers are kept",
                "Shouted at the caretaker.", "Speak calmly.");
        assertThat(fixture.caseVersion()).as("only the other change").isEqualTo(before + 1);
        assertThat(officer.post(form, "caseVersion", versionOn(lost.body()), "actionsReferredTo", "1",
                "reasons", "Shouted at the caretaker.", "whatMustChange", "Speak calmly.").statusCode())
                .as("the form still says the version it was filled in from").isEqualTo(409);
        assertThat(fixture.caseVersion()).isEqualTo(before + 1);
    }

    @Test
    @DisplayName("a form submitted without the version its page showed saves nothing and says to open the page again")
    void aFormWithoutItsVersionSavesNothing() {
        long before = fixture.caseVersion();
        HttpResponse<String> r = new WebClient(fixture.app.port()).signIn(Role.OFFICER).withoutReadingFirst()
                .post("/cases/" + fixture.caseId + "/warning", "actionsReferredTo", "1", "reasons", "Abuse.",
                        "whatMustChange", "Stop.");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("does not say which version of the case");
        assertThat(fixture.caseVersion()).isEqualTo(before);
    }

    @Test
    @DisplayName("a character that cannot be stored, pasted into a form, is a field error beside the field, with"
            + " everything typed kept; nothing is saved")
    void anUnstorableCharacterInAFormKeepsTheInput() {
        long before = fixture.caseVersion();
        WebClient officer = new WebClient(fixture.app.port()).signIn(Role.OFFICER);
        HttpResponse<String> r = officer.post("/cases/" + fixture.caseId + "/warning", "actionsReferredTo", "1",
                "reasons", "Shouted at staff\u000Bon the phone.", "whatMustChange", "Speak calmly to our staff.");

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("Issue a warning", "This contains a character that cannot be stored",
                "Speak calmly to our staff.", "href=\"#reasons\"");
        assertThat(fixture.caseVersion()).isEqualTo(before);
    }

    private static String versionOn(String page) {
        Matcher m = VERSION_FIELD.matcher(page);
        assertThat(m.find()).as("the form carries the case version it was shown from").isTrue();
        return m.group(1);
    }
}

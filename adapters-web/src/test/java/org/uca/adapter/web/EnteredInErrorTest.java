package org.uca.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.adapter.web.support.WebClient;
import org.uca.adapter.web.support.WebFixture;
import org.uca.application.port.out.Role;
import org.uca.domain.cases.ActionId;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.cases.DecisionStatus;

/**
 * Marking an action, warning or decision as entered in error (UK GDPR Article 16) from the case page and through the
 * API. The fixture's case: action 1 and action 2 recorded by the officer, warning 1 issued by the Service Manager,
 * decision 1 (contact standards) resting on action 2 after warning 1, the resident informed, an appeal waiting.
 */
class EnteredInErrorTest {

    private static final String REASON = "Recorded on the wrong resident's case.";

    private WebFixture fixture;
    private String casePath;

    @BeforeEach
    void start() {
        fixture = new WebFixture();
        fixture.app.start(0);
        casePath = "/cases/" + fixture.caseId;
    }

    @AfterEach
    void stop() {
        fixture.app.stop();
    }

    @Test
    @DisplayName("the case page offers the recorder the form for their own action only; marking it shows it entered in"
            + " error and flags the decision resting only on it for review")
    void theRecorderMarksTheirAction() {
        WebClient officer = new WebClient(fixture.app.port()).signIn(Role.OFFICER);
        String page = officer.get(casePath).body();
        assertThat(page).contains(casePath + "/actions/2/entered-in-error")
                .doesNotContain(casePath + "/warnings/1/entered-in-error")
                .doesNotContain(casePath + "/decisions/1/entered-in-error");
        assertThat(officer.get(casePath + "/actions/2/entered-in-error").body())
                .contains("Why should it never have been recorded?", "name=\"caseVersion\"");

        HttpResponse<String> marked = officer.post(casePath + "/actions/2/entered-in-error", "reason", REASON);

        assertThat(marked.statusCode()).as(marked.body()).isEqualTo(303);
        assertThat(fixture.uca.cases.find(fixture.caseId).get().action(new ActionId(2)).get()
                .isEnteredInError()).isTrue();
        String after = officer.get(casePath).body();
        assertThat(after).contains("Entered in error", REASON,
                "Review this decision: it rests only on records entered in error.",
                "Unacceptable action 2 marked as entered in error")
                .doesNotContain(casePath + "/actions/2/entered-in-error\"");
    }

    @Test
    @DisplayName("a mark without a reason is refused on the form, naming the field, and saves nothing")
    void aReasonIsRequired() {
        WebClient officer = new WebClient(fixture.app.port()).signIn(Role.OFFICER);
        long before = fixture.caseVersion();

        HttpResponse<String> refused = officer.post(casePath + "/actions/2/entered-in-error", "reason", " ");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("why it should never have been recorded");
        assertThat(fixture.caseVersion()).isEqualTo(before);
        assertThat(officer.get(casePath + "/actions/9/entered-in-error").statusCode())
                .as("there is no action 9").isEqualTo(404);
    }

    @Test
    @DisplayName("through the API a manager marks the decision with If-Match: it leaves the guidance, the resident who"
            + " was told gets a correction letter, and the case JSON says who, when and why")
    void theApiMarksADecision() {
        String etag = "\"" + fixture.caseVersion() + "\"";

        HttpResponse<String> marked = fixture.apiAsGiven(Role.SERVICE_MANAGER).withHeader("If-Match", etag)
                .postJson("/api/cases/" + fixture.caseId + "/decisions/1/entered-in-error",
                        "{\"reason\":\"" + REASON + "\"}");

        assertThat(marked.statusCode()).as(marked.body()).isEqualTo(200);
        assertThat(marked.body()).contains("\"part\":\"DECISION\"", "\"kind\":\"CORRECTION\"",
                "We have withdrawn our decision");
        assertThat(fixture.uca.cases.find(fixture.caseId).get().decision(new DecisionId(1)).get().status())
                .isEqualTo(DecisionStatus.ENTERED_IN_ERROR);
        String json = fixture.apiAsGiven(Role.OFFICER).getJson("/api/cases/" + fixture.caseId).body();
        assertThat(json).contains("\"status\":\"ENTERED_IN_ERROR\"", "\"reason\":\"" + REASON + "\"",
                "\"event\":\"MarkedEnteredInError\"");
        assertThat(fixture.apiAsGiven(Role.OFFICER).getJson("/api/residents/" + fixture.uca.cases.find(fixture.caseId).get()
                .resident().value() + "/guidance").body()).contains("\"restricted\":false");
        assertThat(new WebClient(fixture.app.port()).signIn(Role.OFFICER)
                .get(casePath + "/letters/correction/decision/1").body()).contains("We have withdrawn our decision");
    }

    @Test
    @DisplayName("monitoring counts a decision entered in error apart, on the page, in the CSV and in the JSON, and not"
            + " as an authorised decision")
    void monitoringCountsItApart() {
        fixture.uca.application.markEnteredInError().markEnteredInError(
                new org.uca.application.port.in.MarkEnteredInErrorUseCase.Command(
                        fixture.staffOf.get(Role.SERVICE_MANAGER), fixture.caseId,
                        org.uca.domain.cases.EnteredInError.Part.DECISION, 1, REASON)).get();
        WebClient sdt = new WebClient(fixture.app.port()).signIn(Role.SERVICE_DEVELOPMENT_TEAM);
        String period = "from=2021-01-01&to=2030-12-31";

        assertThat(sdt.get("/monitoring?" + period).body()).contains("Decisions entered in error (not counted above)");
        assertThat(sdt.get("/monitoring.csv?" + period).body())
                .contains("Totals,\"Decisions entered in error (not counted above)\",1,");
        assertThat(fixture.apiAsGiven(Role.SERVICE_DEVELOPMENT_TEAM).getJson("/api/monitoring?" + period).body())
                .contains("\"decisions\":0", "\"decisionsEnteredInError\":1");
    }

    @Test
    @DisplayName("monitoring counts a warning entered in error apart, on the page, in the CSV and in the JSON, and not"
            + " as a warning issued")
    void monitoringCountsAWarningApart() {
        fixture.uca.application.markEnteredInError().markEnteredInError(
                new org.uca.application.port.in.MarkEnteredInErrorUseCase.Command(
                        fixture.staffOf.get(Role.SERVICE_MANAGER), fixture.caseId,
                        org.uca.domain.cases.EnteredInError.Part.WARNING, 1, REASON)).get();
        WebClient sdt = new WebClient(fixture.app.port()).signIn(Role.SERVICE_DEVELOPMENT_TEAM);
        String period = "from=2021-01-01&to=2030-12-31";

        assertThat(sdt.get("/monitoring?" + period).body()).containsPattern(
                "Warnings entered in error \\(not counted above\\)</[a-z]+>\\s*<[a-z]+[^>]*>(<span[^>]*>)?1<");
        assertThat(sdt.get("/monitoring.csv?" + period).body())
                .contains("Totals,\"Warnings issued\",0,",
                        "Totals,\"Warnings entered in error (not counted above)\",1,");
        assertThat(fixture.apiAsGiven(Role.SERVICE_DEVELOPMENT_TEAM).getJson("/api/monitoring?" + period).body())
                .contains("\"warnings\":0", "\"warningsEnteredInError\":1");
    }

    @Test
    @DisplayName("through the API a mark without If-Match is 428, and one below the decision's authority is refused;"
            + " neither saves anything")
    void theApiRefuses() {
        long before = fixture.caseVersion();

        HttpResponse<String> unconditional = fixture.apiAsGiven(Role.SERVICE_MANAGER)
                .postJson("/api/cases/" + fixture.caseId + "/decisions/1/entered-in-error", "{\"reason\":\"x\"}");
        HttpResponse<String> officer = fixture.apiAsGiven(Role.OFFICER).withHeader("If-Match", "\"" + before + "\"")
                .postJson("/api/cases/" + fixture.caseId + "/decisions/1/entered-in-error", "{\"reason\":\"x\"}");

        assertThat(unconditional.statusCode()).isEqualTo(428);
        assertThat(officer.statusCode()).as(officer.body()).isEqualTo(422);
        assertThat(officer.body()).contains("a Service Manager or above");
        assertThat(fixture.caseVersion()).isEqualTo(before);
    }
}

package org.uca.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.adapter.web.support.WebClient;
import org.uca.adapter.web.support.WebFixture;
import org.uca.application.port.out.Notifications.Audience;
import org.uca.application.port.out.Role;
import org.uca.domain.shared.UkTime;

/**
 * Complaints are still heard (issue 15 §2; Housing Ombudsman, Complaint Handling Code; LGSCO): the decision says how
 * new complaints and new issues will still be heard, on the form, the case page, the API and the letter; and
 * correspondence filed without a reply is logged, queued with its deadline and screened, on the pages and the API.
 * The seeded case has no telephone calls in force, which limits how complaints reach us.
 */
@DisplayName("Complaints are still heard: in the pages, the API and the letters")
class ComplaintsStillHeardWebTest {

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

    private static String today() {
        return UkTime.dateOf(java.time.Instant.now()).toString();
    }

    @Test
    @DisplayName("the authorise form always asks how new complaints and new issues will still be heard, saying when"
            + " it is needed; a limiting measure without it is refused naming the field, and nothing is saved")
    void theFormAsksHowComplaintsAreStillHeard() {
        WebClient manager = new WebClient(fixture.app.port()).signIn(Role.ASSISTANT_DIRECTOR);
        String form = manager.get(casePath + "/authorise").body();
        assertThat(form).contains("name=\"safeguards.howComplaintsAreStillHeard\"",
                "Needed when a measure limits complaints or correspondence");
        long before = fixture.uca.cases.find(fixture.caseId).get().version();

        HttpResponse<String> refused = manager.post(casePath + "/authorise", "measures", "NO_COMPLAINTS_PROCESS",
                "measure.NO_COMPLAINTS_PROCESS.scope", "ALL_SERVICES", "grounds.type", "AFTER_WARNING",
                "grounds.warning", "1", "grounds.furtherActions", "2", "reasons", "Vexatious complaints.",
                "safeguards.equalityAndVulnerabilityNotes", "Considered.", "safeguards.teamsConsulted", "Housing",
                "safeguards.teamsInformed", "Repairs", "whileInForce.type", "ADDS_TO", "reviewDate",
                LocalDate.now().plusMonths(3).toString());

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("#safeguards-howComplaintsAreStillHeard",
                "say how new complaints and new issues will still be received and considered on their merits");
        assertThat(fixture.uca.cases.find(fixture.caseId).get().version()).isEqualTo(before);
    }

    @Test
    @DisplayName("the case page, the case in the API and the decision letter say how new complaints and new issues"
            + " will still be heard")
    void theDecisionSaysHowComplaintsAreStillHeard() {
        WebClient officer = new WebClient(fixture.app.port()).signIn(Role.OFFICER);

        assertThat(officer.get(casePath).body()).contains("How new complaints and new issues are still heard",
                WebFixture.STILL_HEARD);
        assertThat(officer.get("/api/cases/" + fixture.caseId).body())
                .contains("\"howComplaintsAreStillHeard\":\"" + WebFixture.STILL_HEARD + "\"");
        assertThat(officer.get(casePath + "/letters/decision/1").body())
                .contains("How we will still hear new complaints and new issues: " + WebFixture.STILL_HEARD);
    }

    @Test
    @DisplayName("correspondence filed without a reply is logged from the case page, waits in my work with its"
            + " deadline, and its screening is recorded; a safeguarding concern is told to the Service Development"
            + " Team")
    void filedCorrespondenceIsLoggedQueuedAndScreened() {
        WebClient officer = new WebClient(fixture.app.port()).signIn(Role.OFFICER);
        assertThat(officer.get(casePath).body()).contains("Log correspondence filed without a reply");

        HttpResponse<String> future = officer.post(casePath + "/correspondence", "receivedOn",
                LocalDate.now().plusDays(2).toString(), "channel", "LETTER", "summary", "A letter.");
        assertThat(future.statusCode()).isEqualTo(422);
        assertThat(future.body()).contains("#receivedOn", "The date received cannot be in the future.");

        HttpResponse<String> logged = officer.post(casePath + "/correspondence", "receivedOn", today(), "channel",
                "LETTER", "summary", "Letter about the boiler.");
        assertThat(logged.statusCode()).as(logged.body()).isLessThan(400);
        assertThat(officer.get("/").body()).contains("Screen correspondence 1 filed without a reply");
        assertThat(new WebClient(fixture.app.port()).withToken(Role.OFFICER).getJson("/api/work").body())
                .contains("\"correspondenceToScreen\":[{", "\"correspondence\":1");
        String page = officer.get(casePath).body();
        assertThat(page).contains("Correspondence filed without a reply", "Letter about the boiler.",
                "Not screened yet", casePath + "/correspondence/1/screening");

        HttpResponse<String> screened = new WebClient(fixture.app.port()).withToken(Role.SERVICE_MANAGER).postJson(
                "/api/cases/" + fixture.caseId + "/correspondence/1/screening", "{\"newIssue\":true,"
                        + "\"newIssueAction\":\"Logged as stage 1 complaint C-123.\",\"safeguarding\":true,"
                        + "\"safeguardingAction\":\"Referred to adult social care.\"}");
        assertThat(screened.statusCode()).as(screened.body()).isEqualTo(200);
        assertThat(screened.body()).contains("\"raisesNewIssue\":true", "Logged as stage 1 complaint C-123.");
        assertThat(officer.get(casePath).body()).contains("New issue or complaint: Logged as stage 1 complaint"
                + " C-123.", "Safeguarding concern: Referred to adult social care.");
        assertThat(fixture.uca.notifications.sentTo(Audience.SERVICE_DEVELOPMENT_TEAM).last().subject())
                .contains("Safeguarding concern in filed correspondence");
        HttpResponse<String> again = officer.post(casePath + "/correspondence/1/screening", "newIssue", "no",
                "safeguarding", "no");
        assertThat(again.statusCode()).isEqualTo(422);
        assertThat(again.body()).contains("screened already");

        WebClient sdt = new WebClient(fixture.app.port()).signIn(Role.SERVICE_DEVELOPMENT_TEAM);
        String period = "?from=" + today() + "&to=" + today();
        assertThat(sdt.get("/monitoring.csv" + period).body())
                .contains("\"Correspondence filed without a reply (received in the period)\",1",
                        "\"Filed correspondence raising a safeguarding concern\",1,1,",
                        "\"Filed correspondence not screened by its deadline (as it stood at the end of the period, or"
                                + " today)\",0,1,");
        assertThat(sdt.get("/api/monitoring" + period).body()).contains("\"filedCorrespondence\":{\"filed\":1,"
                + "\"screenedLate\":0,\"notScreenedByDeadline\":0,\"raisingNewIssues\":1,"
                + "\"raisingSafeguardingConcerns\":1}");
    }
}

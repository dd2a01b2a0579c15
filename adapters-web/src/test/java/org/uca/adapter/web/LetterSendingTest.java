package org.uca.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.uca.adapter.web.support.WebClient;
import org.uca.adapter.web.support.WebFixture;
import org.uca.application.port.out.LetterOutput.How;
import org.uca.application.port.out.Role;

/** Sending is recorded: a letter posted, handed over or e-mailed, when and by whom (page and JSON). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LetterSendingTest {

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
    @DisplayName("an officer records on the page that the decision letter was posted; the page then says by whom"
            + " and when; a letter that does not exist is a 404 and an unchosen way a field error")
    void recordedOnThePage() {
        WebClient officer = new WebClient(fixture.app.port()).signIn(Role.OFFICER);
        String path = "/cases/" + fixture.caseId + "/letter-sendings";
        assertThat(officer.get("/cases/" + fixture.caseId + "/letters/decision/1").body())
                .contains("href=\"" + path + "?letter=decision/1\"");
        assertThat(new WebClient(fixture.app.port()).signIn(Role.SERVICE_DEVELOPMENT_TEAM)
                .get("/cases/" + fixture.caseId + "/letters/decision/1").body()).doesNotContain("letter-sendings");
        String form = officer.get(path + "?letter=decision/1").body();
        assertThat(form).contains("Decision letter: record how it was sent", "is not recorded as sent yet.",
                "value=\"POSTED\"", "value=\"EMAILED\"", "name=\"letter\" value=\"decision/1\"");

        HttpResponse<String> unchosen = officer.post(path, "letter", "decision/1");
        assertThat(unchosen.statusCode()).isEqualTo(422);
        assertThat(unchosen.body()).contains("Choose how the letter reached the resident");
        assertThat(officer.post(path, "letter", "decision/1", "how", "POSTED").statusCode()).isEqualTo(303);
        assertThat(fixture.uca.letters.sendings(fixture.caseId).map(s -> s.how())).contains(How.POSTED);
        assertThat(officer.get(path + "?letter=decision/1").body()).contains("was sent before: Posted by");

        assertThat(officer.get(path + "?letter=decision/9").statusCode()).isEqualTo(404);
        assertThat(officer.get(path + "?letter=nonsense").statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("the JSON API records a letter handed over and lists it; e-mail to a resident for whom no address is"
            + " held is refused naming how, and a wrong letter or way is a 422 naming each field")
    void recordedInTheApi() {
        WebClient officer = new WebClient(fixture.app.port()).withToken(Role.OFFICER);
        String path = "/api/cases/" + fixture.caseId + "/letter-sendings";
        HttpResponse<String> handed = officer.postJson(path, "{\"letter\":\"decision/1\",\"how\":\"HANDED_OVER\"}");
        assertThat(handed.statusCode()).as(handed.body()).isEqualTo(201);
        assertThat(handed.body()).contains("\"how\":\"HANDED_OVER\"", "\"letter\":\"decision/1\"");
        assertThat(officer.getJson(path).body()).contains("\"how\":\"HANDED_OVER\"");

        int before = fixture.uca.letters.sendings(fixture.caseId).size();
        HttpResponse<String> emailed = officer.postJson(path, "{\"letter\":\"decision/1\",\"how\":\"EMAILED\"}");
        assertThat(emailed.statusCode()).as(emailed.body()).isEqualTo(422);
        assertThat(emailed.body()).contains("\"how\"").containsAnyOf("holds no e-mail address", "is excluded");
        HttpResponse<String> wrong = officer.postJson(path, "{\"letter\":\"decision/x\",\"how\":\"FAXED\"}");
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("\"letter\"", "\"how\"");
        assertThat(officer.postJson(path, "{\"letter\":\"decision/9\",\"how\":\"POSTED\"}").statusCode())
                .isEqualTo(404);
        assertThat(fixture.uca.letters.sendings(fixture.caseId)).hasSize(before);
        assertThat(new WebClient(fixture.app.port()).withToken(Role.SERVICE_DEVELOPMENT_TEAM).postJson(path,
                "{\"letter\":\"decision/1\",\"how\":\"POSTED\"}").statusCode()).isEqualTo(403);
    }
}

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
import org.uca.application.port.out.Role;

/** One clear picture of what is in force: each line of guidance says which decision it comes from. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GuidancePictureTest {

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
    @DisplayName("the guidance page says which decision each line comes from, and shows the reasonable adjustments;"
            + " the JSON lists each measure in force once with its decisions")
    void eachLineSaysWhichDecisionItComesFrom() {
        WebClient officer = new WebClient(fixture.app.port()).signIn(Role.OFFICER);
        HttpResponse<String> adjusted = officer.post("/residents/" + WebFixture.CASE_RESIDENT.value()
                + "/adjustments", "adjustments", "WRITTEN_CONTACT", "adjustment.WRITTEN_CONTACT.notes",
                "Large print", "vulnerabilityNotes", "");
        assertThat(adjusted.statusCode()).as(adjusted.body()).isEqualTo(303);

        String page = officer.get("/residents/" + WebFixture.CASE_RESIDENT.value()).body();
        assertThat(page).contains("Accept contact by telephone (decision 1)",
                "Make the reasonable adjustment: Contact in writing by letter (Large print)");

        String json = new WebClient(fixture.app.port()).withToken(Role.OFFICER)
                .getJson("/api/residents/" + WebFixture.CASE_RESIDENT.value() + "/guidance").body();
        assertThat(json).contains("\"inForce\":[{\"kind\":\"NO_TELEPHONE_CALLS\"", "\"decisions\":[1]",
                "\"adjustments\":[{\"kind\":\"WRITTEN_CONTACT\",\"notes\":\"Large print\"}]");
    }
}

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
import org.uca.domain.cases.ActionReport;
import org.uca.domain.cases.WarningId;
import org.uca.domain.shared.UkTime;

/**
 * Amending an action, warning or the details of a decision from the case page and through the API. The fixture's
 * case: action 1 and action 2 recorded by the officer, warning 1 issued by the Service Manager, decision 1 (contact
 * standards) resting on action 2 after warning 1, the resident informed, an appeal waiting.
 */
class AmendingRecordsTest {

    private static final String REASON = "Typed from the wrong note.";
    private static final String CORRECTED = "Swearing at our caretaker on the phone is abusive.";

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
    @DisplayName("the recorder amends their action on a form filled in with what it says; the case page shows the"
            + " corrected report and the original, superseded, with who, when and why")
    void theRecorderAmendsTheirAction() {
        WebClient officer = new WebClient(fixture.app.port()).signIn(Role.OFFICER);
        ActionReport original = fixture.uca.cases.find(fixture.caseId).get().action(new ActionId(2)).get().report();
        assertThat(officer.get(casePath).body()).contains(casePath + "/actions/2/amend")
                .doesNotContain(casePath + "/warnings/1/amend")
                .doesNotContain(casePath + "/decisions/1/amend");
        assertThat(officer.get(casePath + "/actions/2/amend").body())
                .contains(original.whatHappened(), "Why is it being corrected?", "name=\"caseVersion\"");

        HttpResponse<String> amended = officer.post(casePath + "/actions/2/amend", "kind", original.kind().name(),
                "affected", original.affected().iterator().next().name(),
                "occurredAt.date", UkTime.dateOf(original.occurredAt()).toString(),
                "occurredAt.time", original.occurredAt().atZone(UkTime.ZONE).toLocalTime().toString(),
                "channel", original.channel().name(), "whatHappened", "Swore at the caretaker twice.",
                "reason", REASON);

        assertThat(amended.statusCode()).as(amended.body()).isEqualTo(303);
        String page = officer.get(casePath).body();
        assertThat(page).contains("Swore at the caretaker twice.", "Superseded.", REASON, original.whatHappened(),
                "Unacceptable action 2 amended");
    }

    @Test
    @DisplayName("an amendment without a reason is refused on the form, naming the field, and saves nothing")
    void aReasonIsRequired() {
        WebClient manager = new WebClient(fixture.app.port()).signIn(Role.SERVICE_MANAGER);
        long before = fixture.caseVersion();

        HttpResponse<String> refused = manager.post(casePath + "/warnings/1/amend", "reasons", CORRECTED,
                "whatMustChange", "Speak to our staff calmly.", "reason", " ");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("why the record is being corrected");
        assertThat(fixture.caseVersion()).isEqualTo(before);
        assertThat(manager.get(casePath + "/warnings/9/amend").statusCode()).as("there is no warning 9")
                .isEqualTo(404);
    }

    @Test
    @DisplayName("through the API a manager amends the warning with If-Match: the resident is sent a corrected letter"
            + " replacing theirs, the case page lists the letter they had as superseded by it, and the case JSON keeps"
            + " the original wording")
    void theApiAmendsAWarning() {
        String etag = "\"" + fixture.caseVersion() + "\"";
        String original = fixture.uca.cases.find(fixture.caseId).get().warning(new WarningId(1)).get().reasons();

        HttpResponse<String> amended = fixture.apiAsGiven(Role.SERVICE_MANAGER).withHeader("If-Match", etag)
                .postJson("/api/cases/" + fixture.caseId + "/warnings/1/amend", "{\"reasons\":\"" + CORRECTED
                        + "\",\"whatMustChange\":\"Speak to our staff calmly.\",\"reason\":\"" + REASON + "\"}");

        assertThat(amended.statusCode()).as(amended.body()).isEqualTo(200);
        assertThat(amended.body()).contains("\"part\":\"WARNING\"", "\"kind\":\"WARNING\"", "/W1-2",
                "corrects and replaces our letter of");
        assertThat(fixture.uca.cases.find(fixture.caseId).get().warning(new WarningId(1)).get().reasons())
                .isEqualTo(CORRECTED);
        WebClient officer = new WebClient(fixture.app.port()).signIn(Role.OFFICER);
        assertThat(officer.get(casePath).body()).contains("Letter superseded", "/W1) superseded by the corrected"
                + " letter of");
        assertThat(officer.get(casePath + "/letters/warning/1").body()).contains(CORRECTED, "Corrected letter");
        assertThat(fixture.apiAsGiven(Role.OFFICER).getJson("/api/cases/" + fixture.caseId).body())
                .contains("\"event\":\"RecordAmended\"", "\"superseded\":{\"reasons\":\"" + original + "\"",
                        "\"reason\":\"" + REASON + "\"");
    }

    @Test
    @DisplayName("a letter a corrected letter replaced is read again as it was sent, marked superseded and never offered"
            + " for sending; the letter as it stands has the correction, and no superseded letter 2 exists yet")
    void theSupersededLetterReadsAsItWasSent() {
        String original = fixture.uca.cases.find(fixture.caseId).get().warning(new WarningId(1)).get().reasons();
        WebClient manager = new WebClient(fixture.app.port()).signIn(Role.SERVICE_MANAGER);
        assertThat(manager.post(casePath + "/warnings/1/amend", "reasons", CORRECTED,
                "whatMustChange", "Speak to our staff calmly.", "reason", REASON).statusCode()).isEqualTo(303);

        String page = manager.get(casePath).body();
        assertThat(page).contains("href=\"" + casePath + "/letters/warning/1/superseded/1\"");
        HttpResponse<String> superseded = manager.get(casePath + "/letters/warning/1/superseded/1");
        assertThat(superseded.statusCode()).as(superseded.body()).isEqualTo(200);
        assertThat(superseded.body()).contains("Superseded letter: do not send", original, "/W1)")
                .doesNotContain(CORRECTED).doesNotContain("letter-sendings?letter=");
        HttpResponse<byte[]> pdf = manager.getBytes(casePath + "/letters/warning/1/superseded/1.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(manager.get(casePath + "/letters/warning/1").body()).contains(CORRECTED, "/W1-2",
                "letter-sendings?letter=warning/1").doesNotContain("Superseded letter: do not send");
        assertThat(manager.get(casePath + "/letters/warning/1/superseded/2").statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("once a warning is corrected, its sending page says the corrected letter is not sent yet, and lists"
            + " how the letter it replaced was sent apart")
    void theCorrectedLetterIsNotTakenAsSent() {
        WebClient manager = new WebClient(fixture.app.port()).signIn(Role.SERVICE_MANAGER);
        String sendings = casePath + "/letter-sendings";
        assertThat(manager.post(sendings, "letter", "warning/1", "how", "POSTED").statusCode()).isEqualTo(303);
        assertThat(manager.post(casePath + "/warnings/1/amend", "reasons", CORRECTED,
                "whatMustChange", "Speak to our staff calmly.", "reason", REASON).statusCode()).isEqualTo(303);

        String form = manager.get(sendings + "?letter=warning/1").body();

        assertThat(form).contains("/W1-2) is not recorded as sent yet.", "The letter it corrected was sent: Posted by");
    }

    @Test
    @DisplayName("changing recorded reasonable adjustments starts from what is recorded and needs a reason; what they"
            + " said stays on the case page and in the case JSON, superseded, with who, when and why")
    void adjustmentsAreChangedWithAReason() {
        String form = "/residents/" + WebFixture.CASE_RESIDENT.value() + "/adjustments";
        WebClient officer = new WebClient(fixture.app.port()).signIn(Role.OFFICER);
        assertThat(officer.post(form, "adjustments", "WRITTEN_CONTACT", "adjustment.WRITTEN_CONTACT.notes",
                "Large print", "vulnerabilityNotes", "").statusCode()).isEqualTo(303);

        assertThat(officer.get(form).body()).contains("Change reasonable adjustments", "value=\"Large print\"",
                "Why is what was recorded being changed?");
        HttpResponse<String> noReason = officer.post(form, "adjustments", "WRITTEN_CONTACT",
                "adjustment.WRITTEN_CONTACT.notes", "Braille", "vulnerabilityNotes", "", "reason", "");
        assertThat(noReason.statusCode()).isEqualTo(422);
        assertThat(noReason.body()).contains("why what was recorded is being changed", "value=\"Braille\"");
        long before = fixture.caseVersion();
        assertThat(officer.post(form, "adjustments", "WRITTEN_CONTACT", "adjustment.WRITTEN_CONTACT.notes",
                "Braille", "vulnerabilityNotes", "", "reason", REASON).statusCode()).isEqualTo(303);

        assertThat(fixture.caseVersion()).isEqualTo(before + 1);
        assertThat(officer.get(casePath).body()).contains("Contact in writing by letter: Braille",
                "Superseded. Changed by", REASON + " It said: Contact in writing by letter: Large print.");
        String etag = "\"" + fixture.caseVersion() + "\"";
        HttpResponse<String> apiNoReason = fixture.apiAsGiven(Role.OFFICER).withHeader("If-Match", etag).postJson(
                "/api/residents/" + WebFixture.CASE_RESIDENT.value() + "/needs",
                "{\"adjustments\":[{\"kind\":\"PHONE_CONTACT\"}],\"vulnerabilityNotes\":\"\"}");
        assertThat(apiNoReason.statusCode()).isEqualTo(422);
        assertThat(apiNoReason.body()).contains("\"reason\"");
        assertThat(fixture.apiAsGiven(Role.OFFICER).getJson("/api/cases/" + fixture.caseId).body()).contains(
                "\"amendments\":[{\"by\":", "\"reason\":\"" + REASON + "\",\"superseded\":{\"adjustments\":"
                        + "[{\"kind\":\"WRITTEN_CONTACT\",\"notes\":\"Large print\"}]");
    }

    @Test
    @DisplayName("through the API an amendment without If-Match is 428, and one below the decision's authority is"
            + " refused; neither saves anything")
    void theApiRefuses() {
        long before = fixture.caseVersion();
        String body = "{\"reasons\":\"Other reasons.\",\"reason\":\"" + REASON + "\"}";

        HttpResponse<String> unconditional = fixture.apiAsGiven(Role.SERVICE_MANAGER)
                .postJson("/api/cases/" + fixture.caseId + "/decisions/1/amend", body);
        HttpResponse<String> officer = fixture.apiAsGiven(Role.OFFICER).withHeader("If-Match", "\"" + before + "\"")
                .postJson("/api/cases/" + fixture.caseId + "/decisions/1/amend", body);

        assertThat(unconditional.statusCode()).isEqualTo(428);
        assertThat(officer.statusCode()).as(officer.body()).isEqualTo(422);
        assertThat(officer.body()).contains("a Service Manager or above");
        assertThat(fixture.caseVersion()).isEqualTo(before);
    }
}

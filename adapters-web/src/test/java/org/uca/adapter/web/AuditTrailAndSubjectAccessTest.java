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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A case's audit trail and who has looked at it, for managers and the Service Development Team; and a subject access
 * request answered from the app, by the Data Protection Officer or an administrator (page and JSON).
 */
class AuditTrailAndSubjectAccessTest {

    WebFixture fixture;

    @BeforeEach
    void start() {
        fixture = new WebFixture();
        fixture.app.start(0);
    }

    @AfterEach
    void stop() {
        fixture.app.stop();
    }

    private static JsonNode json(HttpResponse<String> r) {
        return JsonMapper.builder().build().readTree(r.body());
    }

    private String recordFor(WebClient officer, String resident) {
        HttpResponse<String> recorded = officer.postJson("/api/residents/" + resident + "/actions",
                "{\"kind\":\"VERBAL_ABUSE\",\"affected\":[\"STAFF\"],\"occurredAt\":\""
                        + java.time.Instant.now().minusSeconds(60)
                        + "\",\"channel\":\"PHONE\",\"whatHappened\":\"Shouted at the officer.\"}");
        assertThat(recorded.statusCode()).as(recorded.body()).isEqualTo(201);
        return json(recorded).get("caseId").asString();
    }

    @Test
    @DisplayName("a manager opens the audit page from the case page: a refused attempt made before the case existed"
            + " is there, with who (name and role), and so is who has looked; an officer is offered no link and is"
            + " refused")
    void managersSeeTheAuditTrailAndWhoLooked() {
        WebClient officerApi = new WebClient(fixture.app.port()).withToken(Role.OFFICER);
        // Refused by the application (no action at all), before Tess has a case.
        assertThat(fixture.uca.application.recordUnacceptableActions().recordActions(
                new org.uca.application.port.in.RecordUnacceptableActionsUseCase.Command(
                        fixture.staffOf.get(Role.OFFICER), WebFixture.THIRD_RESIDENT, io.vavr.collection.List.of()))
                .isLeft()).isTrue();
        String caseId = recordFor(officerApi, "R-3");
        WebClient officer = new WebClient(fixture.app.port()).signIn(Role.OFFICER);
        assertThat(officer.get("/cases/" + caseId).body()).doesNotContain("/audit\"");
        WebClient manager = new WebClient(fixture.app.port()).signIn(Role.SERVICE_MANAGER);
        assertThat(manager.get("/cases/" + caseId).body()).contains("href=\"/cases/" + caseId + "/audit\"");

        HttpResponse<String> page = manager.get("/cases/" + caseId + "/audit");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Audit trail: Tess Third", "Olive Officer (Officer)",
                "record unacceptable actions", "refused", "accepted", "Before the case was opened",
                "Who has looked at this case", "the case page", "Sam Manager (Service Manager)");
        assertThat(officer.get("/cases/" + caseId + "/audit").statusCode()).isEqualTo(403);

        HttpResponse<String> api = new WebClient(fixture.app.port()).withToken(Role.SERVICE_DEVELOPMENT_TEAM)
                .getJson("/api/cases/" + caseId + "/audit?size=1");
        assertThat(api.statusCode()).isEqualTo(200);
        JsonNode audit = json(api);
        assertThat(audit.at("/attempts/total").asLong()).as("the officer's refused look at the audit page too")
                .isEqualTo(3);
        assertThat(audit.at("/attempts/items/0/outcome").asString()).isEqualTo("NOT_PERMITTED");
        assertThat(audit.at("/attempts/items/0/who/role").asString()).isEqualTo("OFFICER");
        assertThat(audit.at("/looks/items/0/who/name").asString()).isEqualTo("Sam Manager");
        JsonNode older = json(new WebClient(fixture.app.port()).withToken(Role.SERVICE_DEVELOPMENT_TEAM)
                .getJson("/api/cases/" + caseId + "/audit?size=1&page=3"));
        assertThat(older.at("/attempts/items/0/outcome").asString()).isEqualTo("REFUSED");
        assertThat(older.at("/attempts/items/0/beforeTheCase").asBoolean()).isTrue();
        HttpResponse<String> badPage = new WebClient(fixture.app.port()).withToken(Role.SERVICE_MANAGER)
                .getJson("/api/cases/" + caseId + "/audit?lookedPage=0&size=x");
        assertThat(badPage.statusCode()).isEqualTo(422);
        assertThat(badPage.body()).contains("lookedPage", "size");
    }

    @Test
    @DisplayName("the Data Protection Officer finds a resident and reads everything held about them as a printable"
            + " document, a PDF and JSON, nothing about another resident; the export is audited and shown as a look")
    void theDataProtectionOfficerExportsOneResident() {
        WebClient officerApi = new WebClient(fixture.app.port()).withToken(Role.OFFICER);
        recordFor(officerApi, "R-2");
        WebClient dpo = new WebClient(fixture.app.port()).signIn(Role.DATA_PROTECTION_OFFICER);
        assertThat(dpo.get("/residents?q=Carol").body()).contains("href=\"/residents/R-1/subject-access\"");
        assertThat(dpo.get("/subject-access?resident=R-1").statusCode()).isIn(302, 303);

        HttpResponse<String> page = dpo.get("/residents/R-1/subject-access");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Everything held about Carol Case", "Unacceptable actions recorded",
                "Decisions", "Audit trail: everything done or attempted", "Who has looked at this data",
                "Letters issued").doesNotContain("Sean Second", "R-2");
        assertThat(dpo.get("/cases/" + fixture.caseId).statusCode()).as("no case otherwise").isEqualTo(403);
        HttpResponse<byte[]> pdf = dpo.getBytes("/residents/R-1/subject-access.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/pdf"));
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        writeForInspection(pdf.body());

        HttpResponse<String> api = new WebClient(fixture.app.port()).withToken(Role.ADMINISTRATOR)
                .getJson("/api/residents/R-1/subject-access");
        assertThat(api.statusCode()).isEqualTo(200);
        JsonNode export = json(api);
        assertThat(export.at("/directoryEntry/name").asString()).isEqualTo("Carol Case");
        assertThat(export.at("/theCase/id").asString()).isEqualTo(fixture.caseId.toString());
        assertThat(export.get("accessLines").values().stream().map(a -> a.get("what").asString()))
                .contains("a subject access export");
        assertThat(api.body()).doesNotContain("Sean Second", "R-2");
        assertThat(new WebClient(fixture.app.port()).withToken(Role.SERVICE_DEVELOPMENT_TEAM)
                .getJson("/api/residents/R-1/subject-access").statusCode()).isEqualTo(403);

        WebClient director = new WebClient(fixture.app.port()).signIn(Role.DIRECTOR);
        assertThat(director.getBytes("/cases/" + fixture.caseId + "/letters/warning/1.pdf").statusCode())
                .isEqualTo(200);
        String audit = director.get("/cases/" + fixture.caseId + "/audit").body();
        assertThat(audit).contains("/W1 (PDF)", "Dev Director (Director)");
        assertThat(audit).contains("a subject access export", "Dee Protection (Data Protection Officer)",
                "Ann Admin (Administrator)", "export everything held about a resident for a subject access request");
    }

    /** The export as a file to open (target/subject-access/), as the letters' page images are. */
    private static void writeForInspection(byte[] pdf) {
        try {
            java.nio.file.Path folder = java.nio.file.Path.of("target", "subject-access");
            java.nio.file.Files.createDirectories(folder);
            java.nio.file.Files.write(folder.resolve("r-1.pdf"), pdf);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

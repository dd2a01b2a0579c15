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

    @Test
    @DisplayName("UK GDPR Article 15: the readable export carries everything the JSON export has, the marks of records"
            + " entered in error, every superseded version (who, when, why, what it said) and the decisions' safeguards")
    void theReadableExportCarriesWhatTheJsonHas() {
        var app = fixture.uca.application;
        var officer = fixture.staffOf.get(Role.OFFICER);
        var manager = fixture.staffOf.get(Role.SERVICE_MANAGER);
        var reported = fixture.uca.cases.find(fixture.caseId).get().actions().get(1).report();
        app.amendRecords().amend(new org.uca.application.port.in.AmendRecordUseCase.Command(officer, fixture.caseId, 2,
                new org.uca.application.port.in.AmendRecordUseCase.ActionCorrection(new org.uca.domain.cases.ActionReport(
                        reported.kind(), reported.otherKind(), reported.affected(), reported.occurredAt(),
                        reported.channel(), reported.reportedBy(), "Swore at the call handler twice.", false)),
                "The note was typed from the wrong call.")).get();
        app.amendRecords().amend(new org.uca.application.port.in.AmendRecordUseCase.Command(manager, fixture.caseId, 1,
                new org.uca.application.port.in.AmendRecordUseCase.DecisionCorrection("Abuse continued by phone.",
                        io.vavr.control.Option.none()), "Shorter reasons.")).get();
        app.markEnteredInError().markEnteredInError(new org.uca.application.port.in.MarkEnteredInErrorUseCase.Command(
                manager, fixture.caseId, org.uca.domain.cases.EnteredInError.Part.WARNING, 1,
                "Sent about another resident.", io.vavr.control.Option.none())).get();

        JsonNode held = json(new WebClient(fixture.app.port()).withToken(Role.ADMINISTRATOR)
                .getJson("/api/residents/R-1/subject-access")).get("theCase");
        String page = pageText(new WebClient(fixture.app.port()).signIn(Role.DATA_PROTECTION_OFFICER)
                .get("/residents/R-1/subject-access").body());

        java.util.List<String> said = new java.util.ArrayList<>();
        textIn(held, "", said);
        assertThat(said).as("the fixture holds superseded versions, a mark and safeguards").contains(
                "The note was typed from the wrong call.", "Sent about another resident.", "Housing", "Repairs");
        assertThat(said).allSatisfy(text -> assertThat(page).as("the page carries " + text).contains(text));
        assertThat(page).contains("Earlier versions, superseded by a correction", "Safeguards recorded for each"
                + " decision", "Yes: it rests only on records entered in error");
    }

    /**
     * Every text, reference, date and time in the JSON as the page writes it; enum names (the page writes their
     * labels), the case's internal id and the timeline's event type names (the page has their summaries) aside.
     */
    private static void textIn(JsonNode node, String key, java.util.List<String> into) {
        if (node.isObject()) {
            node.properties().forEach(e -> textIn(e.getValue(), e.getKey(), into));
        } else if (node.isArray()) {
            node.values().forEach(v -> textIn(v, key, into));
        } else if (node.isString() && !node.asString().isBlank() && !key.equals("id") && !key.equals("event")
                && !node.asString().matches("[A-Z][A-Z0-9_]*")) {
            String text = node.asString();
            into.add(text.matches("\\d{4}-\\d{2}-\\d{2}T.*") ? org.uca.adapter.web.view.UkDates.dateTime(
                    java.time.Instant.parse(text)) : text.matches("\\d{4}-\\d{2}-\\d{2}")
                    ? org.uca.adapter.web.view.UkDates.date(java.time.LocalDate.parse(text)) : text);
        }
    }

    /** The page as read: tags gone, entities as the characters they stand for, white space as single spaces. */
    private static String pageText(String html) {
        String text = html.replaceAll("<[^>]+>", " ").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&quot;", "\"");
        text = java.util.regex.Pattern.compile("&#(\\d+);").matcher(text)
                .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(
                        String.valueOf((char) Integer.parseInt(m.group(1)))));
        return text.replace("&amp;", "&").replaceAll("\\s+", " ");
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

package org.uca.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.uca.adapter.web.support.WebClient;
import org.uca.adapter.web.support.WebFixture;
import org.uca.application.port.out.Role;
import org.uca.domain.shared.UkTime;
import tools.jackson.databind.JsonNode;

/**
 * Input that cannot hurt the record: through the real HTTP stack, every bad value is a field error or a 400 with a
 * problem document, never a 500, and nothing is saved.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DisplayName("Input that cannot hurt the record")
class InputThatCannotHurtTheRecordTest {

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

    private WebClient officer() {
        return new WebClient(fixture.app.port()).withToken(Role.OFFICER);
    }

    /** A report of one action on resident R-3 (who has no case), with {@code field} set to the JSON {@code value}. */
    private static String report(String field, String value) {
        String json = "{\"kind\":\"VERBAL_ABUSE\",\"affected\":[\"STAFF\"],\"occurredAt\":\""
                + Instant.now().minusSeconds(60) + "\",\"channel\":\"PHONE\",\"whatHappened\":\"Shouted.\"}";
        return json.replaceFirst("\"" + field + "\":(\"[^\"]*\"|\\[[^\\]]*\\])", "\"" + field + "\":"
                + java.util.regex.Matcher.quoteReplacement(value));
    }

    private static JsonNode refused(HttpResponse<String> r, int status) {
        assertThat(r.statusCode()).as(r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("application/problem+json"));
        return JsonApiTest.json(r);
    }

    private static java.util.List<String> fields(JsonNode problem) {
        return problem.get("errors").findValuesAsString("field");
    }

    /** Nothing was saved about resident R-3: no case was opened. */
    private void nothingSaved() {
        assertThat(fixture.uca.unitOfWork.inTransaction(() -> fixture.uca.cases.findByResident(
                WebFixture.THIRD_RESIDENT))).isEmpty();
    }

    @Nested
    @DisplayName("characters that cannot be stored")
    class Unstorable {

        @ParameterizedTest(name = "[{index}] {0}")
        @ValueSource(strings = {"\\u0000", "\\u0007", "\\u001b[2J", "\\b", "\\f", "\\u007f", "\\u0085", "\\u009b",
            "\\ud800"})
        @DisplayName("a control character (C0 but tab and line breaks, DEL, C1) or a lone surrogate in a JSON field is"
                + " a 422 naming the field and the character, and nothing is saved")
        void inJson(String escaped) {
            JsonNode problem = refused(officer().postJson("/api/residents/R-3/actions",
                    report("whatHappened", "\"Shouted " + escaped + " at the officer.\"")), 422);
            assertThat(fields(problem)).containsExactly("whatHappened");
            assertThat(problem.get("errors").get(0).get("reason").asString())
                    .matches("“whatHappened” contains a character that cannot be stored \\(U\\+[0-9A-F]{4}\\);"
                            + " remove it\\.");
            nothingSaved();
        }

        @Test
        @DisplayName("tabs and line breaks are text, not control characters")
        void tabsAndLineBreaksAreText() {
            WebFixture own = new WebFixture();
            own.app.start(0);
            try {
                HttpResponse<String> r = new WebClient(own.app.port()).withToken(Role.OFFICER).postJson(
                        "/api/residents/R-3/actions", report("whatHappened", "\"First line\\r\\n\\tthen more\""));
                assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            } finally {
                own.app.stop();
            }
        }

        @Test
        @DisplayName("a C1 control character in a form field or a search is a 422 naming the field")
        void inFormsAndQueries() {
            WebClient browser = new WebClient(fixture.app.port()).signIn(Role.OFFICER);
            browser.get("/residents/R-3/record-action");
            HttpResponse<String> page = browser.post("/residents/R-3/record-action", "kind", "THREATS", "affected",
                    "STAFF", "occurredAt.date", LocalDate.now(UkTime.ZONE).minusDays(1).toString(), "occurredAt.time",
                    "10:30", "channel", "PHONE", "whatHappened", "Shouted\u0085at the officer.");
            assertThat(page.statusCode()).as(page.body()).isEqualTo(422);
            assertThat(page.body()).contains("#whatHappened").contains("cannot be stored (U+0085)");
            JsonNode search = refused(officer().getJson("/api/residents?q=Car%7Fol"), 422);
            assertThat(fields(search)).containsExactly("q");
            nothingSaved();
        }
    }

    @Nested
    @DisplayName("text that goes into letters")
    class LetterText {

        @ParameterizedTest(name = "[{index}] {0}")
        @ValueSource(strings = {"\\u202e", "\\u2066", "\\u200b", "\\ufeff"})
        @DisplayName("a bidirectional override or a zero-width character in an account of what happened is a 422"
                + " naming the field, and nothing is saved")
        void disguisingCharactersRefused(String escaped) {
            JsonNode problem = refused(officer().postJson("/api/residents/R-3/actions",
                    report("whatHappened", "\"Shouted " + escaped + "at the officer.\"")), 422);
            assertThat(fields(problem)).containsExactly("whatHappened");
            assertThat(problem.toString()).contains("invisible character");
            nothingSaved();
        }
    }

    @Nested
    @DisplayName("JSON of the wrong type")
    class WrongTypes {

        @ParameterizedTest(name = "[{index}] {0}")
        @ValueSource(strings = {"whatHappened=5", "whatHappened=true", "whatHappened=[\"Shouted.\"]",
            "whatHappened={\"text\":\"Shouted.\"}", "safetyConcern=\"true\"", "safetyConcern=1", "affected=\"STAFF\"",
            "affected=[5]", "kind=1", "occurredAt=20260101"})
        @DisplayName("a value of another type than the API describes is a 422 naming the field, never coerced, and"
                + " nothing is saved")
        void refusedNotCoerced(String fieldAndValue) {
            String field = fieldAndValue.substring(0, fieldAndValue.indexOf('='));
            String value = fieldAndValue.substring(fieldAndValue.indexOf('=') + 1);
            String body = field.equals("safetyConcern")
                    ? report("whatHappened", "\"Shouted.\",\"safetyConcern\":" + value) : report(field, value);
            JsonNode problem = refused(officer().postJson("/api/residents/R-3/actions", body), 422);
            assertThat(fields(problem)).singleElement().satisfies(f -> assertThat(f).startsWith(field));
            assertThat(problem.get("title").asString()).isEqualTo("The request has values of the wrong type");
            nothingSaved();
        }

        @Test
        @DisplayName("a number given as text (\"30\" minutes) or with a fraction is refused, naming the field and the type")
        void numbersAsTextRefused() {
            JsonNode minutes = refused(officer().postJson("/api/residents/R-1/contacts",
                    "{\"minutes\":\"30\",\"channel\":\"PHONE\"}"), 422);
            assertThat(minutes.get("errors").get(0).get("field").asString()).isEqualTo("minutes");
            assertThat(minutes.get("errors").get(0).get("reason").asString())
                    .isEqualTo("must be a whole number, not text (a JSON string).");
            JsonNode nested = refused(officer().postJson("/api/residents/R-1/needs",
                    "{\"adjustments\":[{\"kind\":\"LARGE_PRINT\"},{\"kind\":\"LARGE_PRINT\",\"notes\":5}],"
                            + "\"vulnerabilityNotes\":[\"Anxious.\"]}"), 422);
            assertThat(fields(nested)).as("each named as the API names it").containsExactlyInAnyOrder(
                    "adjustments[1].notes", "vulnerabilityNotes");
            assertThat(refused(officer().postJson("/api/residents/R-1/contacts",
                    "{\"minutes\":30.5,\"channel\":\"PHONE\"}"), 422).toString()).contains("a whole number");
        }
    }

    @Nested
    @DisplayName("blank text")
    class BlankText {

        @Test
        @DisplayName("an account of what happened made of no-break spaces is not given, in JSON and in a form")
        void noBreakSpacesAreBlank() {
            JsonNode problem = refused(officer().postJson("/api/residents/R-3/actions",
                    report("whatHappened", "\"\\u00a0\\u2007\\u202f \\u3000\"")), 422);
            assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("whatHappened");
            assertThat(problem.get("errors").get(0).get("reason").asString())
                    .isEqualTo("Give an account of what happened.");
            WebClient browser = new WebClient(fixture.app.port()).signIn(Role.OFFICER);
            browser.get("/residents/R-3/record-action");
            HttpResponse<String> page = browser.post("/residents/R-3/record-action", "kind", "THREATS", "affected",
                    "STAFF", "occurredAt.date", LocalDate.now(UkTime.ZONE).minusDays(1).toString(), "occurredAt.time",
                    "10:30", "channel", "PHONE", "whatHappened", "\u00a0\u202f");
            assertThat(page.statusCode()).isEqualTo(422);
            assertThat(page.body()).contains("Give an account of what happened.");
            nothingSaved();
        }
    }

    @Nested
    @DisplayName("limits")
    class Limits {

        @Test
        @DisplayName("at most 50 actions in one report: 51 are refused, saying the limit, and nothing is saved")
        void atMostFiftyActionsPerRequest() {
            String one = "{\"kind\":\"VERBAL_ABUSE\",\"affected\":[\"STAFF\"],\"occurredAt\":\""
                    + Instant.now().minusSeconds(60) + "\",\"channel\":\"PHONE\",\"whatHappened\":\"Shouted.\"}";
            String reports = "{\"reports\":[" + String.join(",", java.util.Collections.nCopies(51, one)) + "]}";
            JsonNode problem = refused(officer().postJson("/api/residents/R-3/actions", reports), 422);
            assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("actions");
            assertThat(problem.get("errors").get(0).get("reason").asString())
                    .isEqualTo("Record at most 50 actions in one report (this one has 51).");
            nothingSaved();
        }
    }

    @Nested
    @DisplayName("malformed request bodies")
    class MalformedBodies {

        private HttpResponse<String> post(String contentType, byte[] body) {
            return officer().postBytes("/api/residents/R-3/actions", contentType, body);
        }

        private HttpResponse<String> post(String contentType, String body) {
            return post(contentType, body.getBytes(StandardCharsets.UTF_8));
        }

        @Test
        @DisplayName("invalid, truncated, empty JSON, an array or a string where an object is expected, a field given"
                + " twice: each a 400 with a problem document, and nothing is saved")
        void malformedJsonIs400() {
            String valid = report("whatHappened", "\"Shouted.\"");
            for (String body : java.util.List.of("{not json", valid.substring(0, valid.length() / 2), "", "   ",
                    "[" + valid + "]", "\"text\"", "42", "null", valid.replace("{\"kind\"",
                            "{\"whatHappened\":\"Once.\",\"kind\""), valid + " {}")) {
                JsonNode problem = refused(post("application/json", body), 400);
                assertThat(problem.get("title").asString()).as(body).startsWith("The body is not");
            }
            nothingSaved();
        }

        @Test
        @DisplayName("JSON that is not UTF-8 is a 400, not stored with U+FFFD in place of what was sent")
        void notUtf8Is400() {
            byte[] latin1 = report("whatHappened", "\"Caf\u00e9 abuse.\"").getBytes(StandardCharsets.ISO_8859_1);
            assertThat(refused(post("application/json", latin1), 400).get("detail").asString()).contains("UTF-8");
            byte[] utf16 = report("whatHappened", "\"Shouted.\"").getBytes(StandardCharsets.UTF_16);
            refused(post("application/json", utf16), 400);
            nothingSaved();
        }

        @Test
        @DisplayName("a body that is not JSON, or has no content type, is a 415 with a problem document")
        void unsupportedContentTypeIs415() {
            String valid = report("whatHappened", "\"Shouted.\"");
            refused(post("text/plain", valid), 415);
            refused(post("application/xml", "<report/>"), 415);
            refused(post(null, valid), 415);
            nothingSaved();
        }

        @Test
        @DisplayName("a body over the size limit (1 MB) is refused with a problem document, never a 500")
        void hugeBodyRefused() {
            String huge = report("whatHappened", "\"" + "x".repeat(1_100_000) + "\"");
            HttpResponse<String> json = post("application/json", huge);
            assertThat(json.statusCode()).as(json.body()).isEqualTo(413);
            assertThat(json.body()).contains("\"status\":413");
            WebClient browser = new WebClient(fixture.app.port()).signIn(Role.OFFICER);
            browser.get("/residents/R-3/record-action");
            HttpResponse<String> form = browser.post("/residents/R-3/record-action", "kind", "THREATS",
                    "whatHappened", "x".repeat(1_100_000));
            assertThat(form.statusCode()).as(form.body()).isEqualTo(413);
            HttpResponse<String> largeForm = browser.post("/residents/R-3/record-action", "kind", "THREATS",
                    "whatHappened", "x".repeat(300_000)); // within the limit, past the servlet's own for forms
            assertThat(largeForm.statusCode()).as(largeForm.body()).isBetween(400, 499);
            nothingSaved();
        }

        @Test
        @DisplayName("a form whose percent-encoding or UTF-8 is broken is a 400, never a 500")
        void malformedFormIs400() {
            WebClient browser = new WebClient(fixture.app.port()).signIn(Role.OFFICER);
            browser.get("/residents/R-3/record-action");
            String csrf = browser.csrf();
            JsonNode query = refused(officer().getJson("/api/residents?q=Car%C3%28ol"), 400);
            assertThat(query.get("status").asInt()).isEqualTo(400);
            for (String body : java.util.List.of("whatHappened=%zz&_csrf=" + csrf,
                    "whatHappened=%C3%28&_csrf=" + csrf, "whatHappened=%&_csrf=" + csrf)) {
                HttpResponse<String> r = browser.postBytes("/residents/R-3/record-action",
                        "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.US_ASCII));
                assertThat(r.statusCode()).as(body + ": " + r.body()).isEqualTo(400);
            }
            nothingSaved();
        }
    }
}

package org.uca.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.uca.adapter.web.support.WebClient;
import org.uca.adapter.web.support.WebFixture;
import org.uca.application.port.in.Task;
import org.uca.application.port.out.Role;
import org.uca.application.port.out.Webhooks.EventType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Receiving systems under Administration, on the pages and the API: registered with an https address (anything
 * else refused with a field error), the signing secret shown once, listed without it, audited; and the events'
 * JSON Schemas published beside the OpenAPI document.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookAdministrationTest {

    private static final Pattern SECRET = Pattern.compile("(whsec_[A-Za-z0-9+/]{43}=)");
    private static final JsonMapper JSON = JsonMapper.builder().build();

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

    @Test
    @DisplayName("an administrator registers a system on the page, is shown its signing secret once, and sees it"
            + " listed without it; the registration is audited without the secret")
    void registerOnThePage() {
        WebClient admin = new WebClient(fixture.app.port()).signIn(Role.ADMINISTRATOR);
        assertThat(admin.get("/admin/webhooks/new").body()).contains(EventType.RESTRICTION_LIFTED.label());
        HttpResponse<String> made = admin.post("/admin/webhooks", "name", "Repairs scheduling", "url",
                "https://repairs.example.org/uca-events", "types", EventType.RESTRICTION_AUTHORISED.type(), "types",
                EventType.RESTRICTION_LIFTED.type());
        assertThat(made.statusCode()).as(made.body()).isEqualTo(200);
        assertThat(made.headers().firstValue("Cache-Control")).contains("no-store");
        Matcher m = SECRET.matcher(made.body());
        assertThat(m.find()).as(made.body()).isTrue();
        String secret = m.group(1);

        String list = admin.get("/admin/webhooks").body();
        assertThat(list).contains("Repairs scheduling").contains("https://repairs.example.org/uca-events")
                .contains("Restriction lifted").doesNotContain(secret);
        assertThat(fixture.uca.audit.all()).anySatisfy(e -> assertThat(e.why()).contains("Repairs scheduling")
                .contains("https://repairs.example.org/uca-events"));
        assertThat(fixture.uca.audit.all()).noneMatch(e -> e.why().contains(secret));
        Matcher deliveries = Pattern.compile("href=\"(/admin/webhooks/[0-9]+/deliveries)\"").matcher(list);
        assertThat(deliveries.find()).isTrue();
        assertThat(admin.get(deliveries.group(1)).body()).contains("No event has been queued");
    }

    @Test
    @DisplayName("bad input: a webhook URL that is not https is refused with a field error on url, on the page and"
            + " the API, and nothing is registered")
    void aNonHttpsUrlIsRefused() {
        int before = fixture.uca.webhooks.subscriptions().size();
        WebClient admin = new WebClient(fixture.app.port()).signIn(Role.ADMINISTRATOR);
        HttpResponse<String> page = admin.post("/admin/webhooks", "name", "CRM", "url", "http://crm.example.org/in",
                "types", EventType.APPEAL_DECIDED.type());
        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("govuk-error-summary").contains("#url").contains("must be https");

        HttpResponse<String> api = new WebClient(fixture.app.port()).withToken(Role.ADMINISTRATOR).postJson(
                "/api/admin/webhooks", "{\"name\":\"CRM\",\"url\":\"ftp://crm.example.org/in\",\"types\":[\""
                        + EventType.APPEAL_DECIDED.type() + "\"]}");
        assertThat(api.statusCode()).isEqualTo(422);
        JsonNode problem = JSON.readTree(api.body());
        assertThat(problem.get("errors").values()).extracting(e -> e.get("field").asString()).containsExactly("url");
        assertThat(fixture.uca.webhooks.subscriptions().size()).isEqualTo(before);
    }

    @Test
    @DisplayName("on the API: registered (201, the secret once), listed without the secret, disabled, given a new"
            + " secret; other roles are refused (403)")
    void theApi() {
        WebClient admin = new WebClient(fixture.app.port()).withToken(Role.ADMINISTRATOR);
        HttpResponse<String> made = admin.postJson("/api/admin/webhooks", "{\"name\":\"Housing CRM\",\"url\":"
                + "\"https://crm.example.org/uca\",\"types\":[\"" + EventType.RESTRICTION_VARIED.type() + "\"]}");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        JsonNode registered = JSON.readTree(made.body());
        String secret = registered.get("secret").asString();
        assertThat(secret).matches(SECRET.pattern());
        long id = registered.get("system").get("id").asLong();

        assertThat(admin.getJson("/api/admin/webhooks").body()).contains("Housing CRM").doesNotContain(secret);
        assertThat(JSON.readTree(admin.postJson("/api/admin/webhooks/" + id + "/disable", "{}").body())
                .get("enabled").asBoolean()).isFalse();
        String rotated = JSON.readTree(admin.postJson("/api/admin/webhooks/" + id + "/secret", "{}").body())
                .get("secret").asString();
        assertThat(rotated).matches(SECRET.pattern()).isNotEqualTo(secret);
        assertThat(admin.getJson("/api/admin/webhooks/" + id + "/deliveries").statusCode()).isEqualTo(200);
        assertThat(admin.getJson("/api/admin/webhooks/999999/deliveries").statusCode()).isEqualTo(404);

        WebClient manager = new WebClient(fixture.app.port()).withToken(Role.SERVICE_MANAGER);
        assertThat(manager.getJson("/api/admin/webhooks").statusCode()).isEqualTo(403);
        assertThat(Task.MANAGE_WEBHOOKS.description()).isNotBlank();
    }

    @Test
    @DisplayName("every event type's JSON Schema is published beside the OpenAPI document, listed in an index the"
            + " document names, to a receiving system that has no UCA account")
    void schemasArePublished() {
        WebClient officer = new WebClient(fixture.app.port()).withToken(Role.OFFICER);
        WebClient receiver = new WebClient(fixture.app.port());
        JsonNode index = JSON.readTree(receiver.getJson("/api/events/schemas").body());
        assertThat(index.get("events").values()).extracting(e -> e.get("type").asString())
                .containsExactlyInAnyOrder(java.util.Arrays.stream(EventType.values()).map(EventType::type)
                        .toArray(String[]::new));
        for (JsonNode event : index.get("events").values()) {
            HttpResponse<String> schema = receiver.getJson(event.get("schema").asString());
            assertThat(schema.statusCode()).isEqualTo(200);
            JsonNode json = JSON.readTree(schema.body());
            assertThat(json.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
            assertThat(json.at("/properties/type/const").asString()).isEqualTo(event.get("type").asString());
        }
        assertThat(receiver.getJson("/api/events/schemas/uk.org.uca.nothing.v1.json").statusCode()).isEqualTo(404);
        JsonNode openApi = JSON.readTree(officer.getJson("/api/openapi.json").body());
        assertThat(openApi.at("/info/x-event-schemas").asString()).isEqualTo("/api/events/schemas");
    }
}

package org.uca.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.uca.adapter.web.support.WebClient;
import org.uca.adapter.web.support.WebFixture;
import org.uca.application.port.out.Role;
import tools.jackson.databind.JsonNode;

/**
 * "No blanket approach" (LGSCO): the authorise form asks which services each measure applies to, and the guidance
 * answers per service in the page and the API. The fixture's decision 1 (no telephone calls) is for all services.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NoBlanketApproachWebTest {

    WebFixture fixture;
    String casePath;

    @BeforeAll
    void start() {
        fixture = new WebFixture();
        fixture.app.start(0);
        casePath = "/cases/" + fixture.caseId;
    }

    @AfterAll
    void stop() {
        fixture.app.stop();
    }

    private HttpResponse<String> authoriseNoEmail(String... scope) {
        List<String> fields = new ArrayList<>(List.of("measures", "EXCLUDED_CONTACT_METHODS",
                "measure.EXCLUDED_CONTACT_METHODS.excluded", "EMAIL", "grounds.type", "AFTER_WARNING",
                "grounds.warning", "1", "grounds.furtherActions", "2", "reasons", "Abusive emails about repairs.",
                "safeguards.equalityAndVulnerabilityNotes", "Considered.", "safeguards.teamsConsulted", "Housing",
                "safeguards.teamsInformed", "Repairs", "safeguards.howComplaintsAreStillHeard",
                "In writing to the Complaints Team.", "whileInForce.type", "ADDS_TO", "reviewDate",
                java.time.LocalDate.now().plusMonths(6).toString()));
        fields.addAll(List.of(scope));
        return new WebClient(fixture.app.port()).signIn(Role.SERVICE_MANAGER).post(casePath + "/authorise",
                fields.toArray(String[]::new));
    }

    @Test
    @DisplayName("the form asks which services each measure applies to, with nothing chosen: all services is said,"
            + " not assumed; a measure without its scope is refused by name and nothing is recorded")
    void theFormAsksForTheScope() {
        String form = new WebClient(fixture.app.port()).signIn(Role.SERVICE_MANAGER).get(casePath + "/authorise")
                .body();
        assertThat(form).contains("name=\"measure.NO_TELEPHONE_CALLS.scope\"",
                "name=\"measure.NO_TELEPHONE_CALLS.services\"", "value=\"RENT_AND_INCOME\"");
        assertThat(form).doesNotContainPattern("name=\"measure\\.[A-Z_]+\\.scope\"[^>]*checked");
        long before = fixture.uca.cases.find(fixture.caseId).get().version();

        HttpResponse<String> unsaid = authoriseNoEmail();

        assertThat(unsaid.statusCode()).isEqualTo(422);
        assertThat(unsaid.body()).contains("whether this applies to all our services or only to the ones you name");
        assertThat(fixture.uca.cases.find(fixture.caseId).get().version()).isEqualTo(before);
    }

    @Test
    @DisplayName("a restriction for repairs only: the guidance for rent and income leaves it out, the guidance for"
            + " repairs holds it, and the guidance for all services says it is for repairs only (page and API)")
    void guidancePerService() {
        HttpResponse<String> authorised = authoriseNoEmail("measure.EXCLUDED_CONTACT_METHODS.scope",
                "NAMED_SERVICES", "measure.EXCLUDED_CONTACT_METHODS.services", "REPAIRS");
        assertThat(authorised.statusCode()).as(authorised.body()).isLessThan(400);
        WebClient api = new WebClient(fixture.app.port()).withToken(Role.OFFICER);

        JsonNode rent = JsonApiTest.json(api.getJson("/api/residents/R-1/guidance?service=RENT_AND_INCOME"));
        JsonNode repairs = JsonApiTest.json(api.getJson("/api/residents/R-1/guidance?service=REPAIRS"));
        JsonNode all = JsonApiTest.json(api.getJson("/api/residents/R-1/guidance"));

        assertThat(rent.get("service").asString()).isEqualTo("RENT_AND_INCOME");
        assertThat(rent.get("allowedChannels").toString()).contains("EMAIL").doesNotContain("PHONE");
        assertThat(repairs.get("allowedChannels").toString()).doesNotContain("EMAIL");
        assertThat(all.get("service").isNull() || all.get("service").isMissingNode()).isTrue();
        JsonNode email = null;
        for (JsonNode m : all.get("inForce")) {
            if (m.get("kind").asString().equals("EXCLUDED_CONTACT_METHODS")) {
                email = m;
            }
        }
        assertThat(email).isNotNull();
        assertThat(email.get("scope").asString()).isEqualTo("NAMED_SERVICES");
        assertThat(email.get("services").toString()).isEqualTo("[\"REPAIRS\"]");

        WebClient officer = new WebClient(fixture.app.port()).signIn(Role.OFFICER);
        assertThat(officer.get("/residents/R-1").body()).contains("Guidance for all services",
                "Accept contact by email (decision 2; for repairs only)");
        assertThat(officer.get("/residents/R-1?service=RENT_AND_INCOME").body())
                .contains("Guidance for rent and income").doesNotContain("Accept contact by email (decision");

        JsonNode decisions = JsonApiTest.json(api.getJson("/api/cases/" + fixture.caseId)).get("decisions");
        assertThat(decisions.get(0).get("measures").get(0).get("scope").asString()).isEqualTo("ALL_SERVICES");
        assertThat(decisions.get(1).get("measures").get(0).get("services").toString()).isEqualTo("[\"REPAIRS\"]");
    }

    @Test
    @DisplayName("an unknown service is refused with 422, naming the field and the services accepted")
    void unknownService() {
        HttpResponse<String> r = new WebClient(fixture.app.port()).withToken(Role.OFFICER)
                .getJson("/api/residents/R-1/guidance?service=GARDENING");

        JsonApiTest.assertProblem(r, 422);
        assertThat(JsonApiTest.json(r).get("errors").findValuesAsString("field")).containsExactly("service");
        assertThat(r.body()).contains("REPAIRS", "RENT_AND_INCOME", "TENANCY_MANAGEMENT", "ANTI_SOCIAL_BEHAVIOUR",
                "COMPLAINTS");
    }
}

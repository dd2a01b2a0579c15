package org.uca.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.uca.adapter.web.security.FrameAncestors;
import org.uca.adapter.web.support.WebClient;
import org.uca.adapter.web.support.WebFixture;
import org.uca.application.port.out.Role;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The guidance banner for the contact centre's or a housing officer's CRM screen: a small read-only page the CRM
 * frames, and the JSON it is built from. The fixture's resident R-1 has a decision in force; R-2 has no case.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GuidanceBannerTest {

    private static final String CRM = "https://crm.example.org";

    WebFixture fixture;

    @BeforeAll
    void start() {
        fixture = new WebFixture(FrameAncestors.parse(CRM, "UCA_EMBED_FRAME_ANCESTORS"));
        fixture.app.start(0);
    }

    @AfterAll
    void stop() {
        fixture.app.stop();
    }

    @Test
    @DisplayName("the banner shows at a glance that contact is restricted and how, each line saying which decision it"
            + " comes from, with links into UCA; only the CRM the landlord names may frame it")
    void restrictedAtAGlance() {
        WebClient officer = new WebClient(fixture.app.port()).signIn(Role.OFFICER);

        HttpResponse<String> banner = officer.get("/embed/residents/R-1/guidance");

        assertThat(banner.statusCode()).isEqualTo(200);
        assertThat(banner.body()).contains("Contact is restricted", "Carol Case (R-1)", "(decision 1)",
                "href=\"/residents/R-1\" target=\"_top\"", "href=\"/cases/" + fixture.caseId + "\" target=\"_top\"")
                .doesNotContain("govuk-header");
        assertThat(banner.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors 'self' " + CRM);
        assertThat(banner.headers().firstValue("X-Frame-Options")).isEmpty();
        HttpResponse<String> page = officer.get("/residents/R-1");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .as("every other page refuses to be framed").contains("frame-ancestors 'none'");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    @DisplayName("a resident with no case has no restrictions, and no case to open")
    void unrestricted() {
        String banner = new WebClient(fixture.app.port()).signIn(Role.OFFICER).get("/embed/residents/R-2/guidance")
                .body();

        assertThat(banner).contains("No restrictions on contact", "Sean Second (R-2)",
                "Help the resident as usual").doesNotContain("/cases/");
    }

    @Test
    @DisplayName("the JSON the banner is built from says the same, and each look is logged as a look at the case")
    void theJsonAndWhoLooked() throws Exception {
        int looks = fixture.uca.access.all().size();

        HttpResponse<String> answer = new WebClient(fixture.app.port()).withToken(Role.OFFICER)
                .getJson("/api/residents/R-1/banner");

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode json = JsonMapper.builder().build().readTree(answer.body());
        List<String> fields = new ArrayList<>();
        json.propertyNames().forEach(fields::add);
        assertThat(fields).containsExactly("resident", "name", "restricted", "headline", "whatToDo", "whatNotToDo",
                "nextReview", "reviewOverdue", "guidancePath", "casePath");
        assertThat(json.get("restricted").asBoolean()).isTrue();
        assertThat(json.get("casePath").asString()).isEqualTo("/cases/" + fixture.caseId);
        assertThat(fixture.uca.access.all().size()).isEqualTo(looks + 1);
        assertThat(fixture.uca.access.all().last().what()).contains("banner");
        assertThat(fixture.uca.access.all().last().caseId()).contains(fixture.caseId);
    }

    @Test
    @DisplayName("not signed in, the framed banner says so and links to UCA's sign-in in a new tab (a sign-in page may"
            + " not be framed); a role that may not read guidance is refused")
    void notSignedInOrNotAllowed() {
        HttpResponse<String> anonymous = new WebClient(fixture.app.port()).get("/embed/residents/R-1/guidance");

        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).contains("not signed in to UCA", "href=\"/sign-in\" target=\"_blank\"")
                .doesNotContain("Carol Case");
        assertThat(new WebClient(fixture.app.port()).signIn(Role.ADMINISTRATOR)
                .get("/embed/residents/R-1/guidance").statusCode()).isEqualTo(403);
    }

    @Test
    @DisplayName("only origins may frame the banner: https, or http on this machine; anything else stops UCA starting")
    void frameAncestorsAreOrigins() {
        assertThat(FrameAncestors.parse("https://crm.example.org:8443, http://localhost:3000", "X").sourceList())
                .isEqualTo("'self' https://crm.example.org:8443 http://localhost:3000");
        assertThat(FrameAncestors.parse(" ", "X")).isEqualTo(FrameAncestors.SELF);
        for (String bad : List.of("http://crm.example.org", "https://*.example.org", "https://crm.example.org/x",
                "*", "crm.example.org", "https://crm.example.org?x=1")) {
            assertThatThrownBy(() -> FrameAncestors.parse(bad, "UCA_EMBED_FRAME_ANCESTORS")).as(bad)
                    .hasMessageContaining("UCA_EMBED_FRAME_ANCESTORS").hasMessageContaining(bad);
        }
    }
}

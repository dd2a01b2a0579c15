package org.uca.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.uca.adapter.web.support.WebClient;
import org.uca.adapter.web.support.WebFixture;
import org.uca.application.port.out.Role;

/**
 * The safeguards a decision rests on (equality and vulnerability considered, teams consulted and informed, legal
 * advice) are in view of those who decide, review and monitor: managers, the appeal reviewer and the Service
 * Development Team (policy 4.2, 5.2).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SafeguardsInViewTest {

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

    private String casePage(Role role) {
        return new WebClient(fixture.app.port()).signIn(role).get("/cases/" + fixture.caseId).body();
    }

    @Test
    @DisplayName("managers, the appeal reviewer and the Service Development Team see each decision's safeguards on"
            + " the case page")
    void safeguardsShownToThoseWhoDecideReviewAndMonitor() {
        for (Role role : new Role[] {Role.SERVICE_MANAGER, Role.ASSISTANT_DIRECTOR, Role.DIRECTOR,
                Role.SERVICE_DEVELOPMENT_TEAM}) {
            assertThat(casePage(role)).as(role.label()).contains("Safeguards recorded with decision 1",
                    "Equality and vulnerability considered", "No adjustments recorded; no vulnerability known.",
                    "Teams consulted", "Housing", "Teams informed", "Repairs", "Who tells the resident",
                    "Legal advice");
        }
    }

    @Test
    @DisplayName("an officer applies the guidance and the reasonable adjustments, and is not shown the equality notes")
    void officersAreNotShownTheEqualityNotes() {
        String page = casePage(Role.OFFICER);
        assertThat(page).contains("Decision 1").doesNotContain("Safeguards recorded with decision 1",
                "No adjustments recorded; no vulnerability known.");
    }

    @Test
    @DisplayName("'Lodge an appeal' is offered only for a decision the resident has been told of and not yet appealed")
    void lodgeOfferedOnlyWhenAnAppealCanBeLodged() {
        assertThat(casePage(Role.OFFICER)).as("decision 1 is appealed already").doesNotContain(">Lodge an appeal<");
    }
}

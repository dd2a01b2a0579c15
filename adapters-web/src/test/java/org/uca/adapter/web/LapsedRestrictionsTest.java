package org.uca.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.adapter.web.support.WebClient;
import org.uca.adapter.web.support.WebFixture;
import org.uca.application.port.out.Role;
import org.uca.domain.calendar.WorkingDays;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.shared.UkTime;

/**
 * A restriction not reviewed in time lapses (issue 15 §4; LGSCO: restrictions should not stay in place
 * indefinitely): the case page says so and when, links the letter telling the resident it ended (page and PDF), and
 * the API gives its status.
 */
@DisplayName("Lapsed restrictions in the pages and the API")
class LapsedRestrictionsTest {

    /** The application's clock: the system's until the test moves it past the grace period. */
    private final AtomicReference<Instant> now = new AtomicReference<>();
    private WebFixture fixture;
    private String casePath;
    private LocalDate lapsedOn;

    @BeforeEach
    void lapse() {
        fixture = new WebFixture(5, () -> now.get() == null ? Instant.now() : now.get());
        fixture.app.start(0);
        casePath = "/cases/" + fixture.caseId;
        LocalDate reviewDate = fixture.uca.cases.find(fixture.caseId).get().decision(new DecisionId(1)).get()
                .reviewDate();
        lapsedOn = WorkingDays.ENGLAND_AND_WALES.addWorkingDays(reviewDate, 10).plusDays(1);
        now.set(lapsedOn.atTime(1, 0).atZone(UkTime.ZONE).toInstant());
        assertThat(fixture.uca.application.lapseRestrictions().lapseRestrictions(10).get().lapsed()).isEqualTo(1);
    }

    @AfterEach
    void stop() {
        fixture.app.stop();
    }

    @Test
    @DisplayName("the case page shows the decision lapsed, on which day, recorded by UCA, with the letter telling the"
            + " resident the restriction ended")
    void casePage() {
        WebClient officer = new WebClient(fixture.app.port()).signIn(Role.OFFICER);
        String page = officer.get(casePath).body();

        assertThat(page).contains("Lapsed: not reviewed in time (lapsed on " + UkDates(lapsedOn) + ")",
                "Restriction lapsed: decision 1 was not reviewed by", casePath + "/letters/lapse/1",
                "Restriction ended letter");
        String letter = officer.get(casePath + "/letters/lapse/1").body();
        assertThat(letter).contains("The restrictions on how we deliver our services to you have ended",
                "We did not review them by that date", "Housing Ombudsman");
        var pdf = officer.get(casePath + "/letters/lapse/1.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(officer.get(casePath + "/letters/lapse/2").statusCode()).as("no decision 2").isEqualTo(404);
    }

    @Test
    @DisplayName("the case in the API gives the decision's status as LAPSED and the lapse on its timeline")
    void api() {
        String body = new WebClient(fixture.app.port()).signIn(Role.OFFICER).get("/api/cases/" + fixture.caseId)
                .body();
        assertThat(body).contains("\"LAPSED\"", "\"RestrictionLapsed\"", "\"UCA\"");
    }

    @Test
    @DisplayName("monitoring counts the restrictions that lapsed, on the page, in the CSV and in the API")
    void monitoring() {
        LocalDate reviewDate = fixture.uca.cases.find(fixture.caseId).get().decision(new DecisionId(1)).get()
                .reviewDate();
        WebClient sdt = new WebClient(fixture.app.port()).signIn(Role.SERVICE_DEVELOPMENT_TEAM);
        String period = "?from=" + reviewDate + "&to=" + reviewDate;

        assertThat(sdt.get("/monitoring" + period).body())
                .contains("Restrictions lapsed: due for review in the period, not reviewed in time");
        assertThat(sdt.get("/monitoring.csv" + period).body())
                .contains("Totals,\"Restrictions lapsed: due for review in the period, not reviewed in time\",1,");
        assertThat(sdt.get("/api/monitoring" + period).body()).contains("\"restrictionsLapsed\":1");
    }

    private static String UkDates(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
    }
}

package org.uca.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.uca.adapter.web.support.WebClient;
import org.uca.adapter.web.support.WebFixture;
import org.uca.application.port.out.Role;

/** The staff pages: my work, guidance, the case, forms with field errors and post/redirect/get, letters, monitoring. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StaffPagesTest {

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

    WebClient as(Role role) {
        return new WebClient(fixture.app.port()).signIn(role);
    }

    @Test
    @DisplayName("policy 4.2: my work shows an appeal as for an Assistant Director to act on, and to an officer as"
            + " waiting on someone else, saying on whom; and my cases")
    void myWork() {
        String director = as(Role.ASSISTANT_DIRECTOR).get("/").body();
        assertThat(director).contains("For you to act on").contains("Carol Case")
                .contains("Appeal 1 against decision 1").doesNotContain("Appeal 1 against decision 1, waiting on");
        assertThat(director.substring(director.indexOf("Waiting on someone else")))
                .contains("Nothing due is waiting on someone else.");
        String officer = as(Role.OFFICER).get("/").body();
        assertThat(officer).contains("Cases I am involved in").contains("Carol Case")
                .contains("Nothing due is yours to act on: no appeal, review, correspondence to screen or notice withheld to"
                        + " re-check.")
                .contains("Appeal 1 against decision 1, waiting on an Assistant Director or above who did not make"
                        + " the decision");
        assertThat(as(Role.ADMINISTRATOR).get("/").body()).contains("monitoring report")
                .doesNotContain("Find a resident");
    }

    @Test
    @DisplayName("my cases come a page at a time with GOV.UK pagination links; a page or size that is not one is a"
            + " field error in the error summary, never a 500")
    void myCasesPaginated() {
        WebClient officer = as(Role.OFFICER);
        String first = officer.get("/?size=1").body();
        assertThat(first).contains("Carol Case").doesNotContain("govuk-pagination");
        String second = officer.get("/?page=2&size=1").body();
        assertThat(second).doesNotContain("Carol Case").contains("govuk-pagination")
                .contains("href=\"/?page=1&amp;size=1\" rel=\"prev\"").doesNotContain("rel=\"next\"");

        HttpResponse<String> tooBig = officer.get("/?size=101");
        assertThat(tooBig.statusCode()).isEqualTo(422);
        assertThat(tooBig.body()).contains("govuk-error-summary")
                .contains("The page size is a whole number from 1 to 100.").contains("Carol Case");
        HttpResponse<String> notANumber = officer.get("/?page=two");
        assertThat(notANumber.statusCode()).isEqualTo(422);
        assertThat(notANumber.body()).contains("The page is a whole number from 1.");
    }

    @Test
    @DisplayName("find a resident, then the contact guidance says what is allowed and not")
    void findAndGuidance() {
        WebClient officer = as(Role.OFFICER);
        assertThat(officer.get("/residents?q=Carol").body()).contains("Carol Case").contains("Restricted");
        assertThat(officer.get("/residents?q=R-2").body()).contains("Sean Second");
        assertThat(officer.get("/residents?q=x").statusCode()).isEqualTo(422);
        String guidance = officer.get("/residents/R-1").body();
        assertThat(guidance).contains("Restrictions apply").contains("Accept contact by telephone")
                .contains("Restrictions are reviewed by").contains("Housing Ombudsman");
        assertThat(officer.get("/residents/R-3").body()).contains("No restrictions: usual service");
        assertThat(officer.get("/residents/NOBODY").statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("the case page shows the timeline and only the actions the user may take; the audit trail only to"
            + " managers and the Service Development Team")
    void casePage() {
        String officer = as(Role.OFFICER).get(casePath).body();
        assertThat(officer).contains("Timeline").contains("Warning issued").contains("Measures authorised")
                .doesNotContain("Audit trail").contains("Issue a warning").doesNotContain("Authorise measures")
                .doesNotContain("Decide appeal");
        String ad = as(Role.ASSISTANT_DIRECTOR).get(casePath).body();
        assertThat(ad).contains("Authorise measures").contains("Decide appeal 1").contains("Review restriction")
                .contains("Audit trail");
        // The appeal against the Service Manager's decision is for an Assistant Director: not offered to the manager.
        String manager = as(Role.SERVICE_MANAGER).get(casePath).body();
        assertThat(manager).contains("Authorise measures").doesNotContain("Decide appeal");
        assertThat(as(Role.OFFICER).get("/cases/not-a-uuid").statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("a refused form keeps the input and shows each error next to its field")
    void fieldErrors() {
        WebClient officer = as(Role.OFFICER);
        officer.get(casePath + "/warning");
        HttpResponse<String> r = officer.post(casePath + "/warning", "reasons", "Swearing <b>again</b>",
                "whatMustChange", "");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("There is a problem").contains("id=\"actionsReferredTo-error\"")
                .contains("id=\"whatMustChange-error\"").contains("Swearing &lt;b&gt;again&lt;/b&gt;")
                .contains("href=\"#whatMustChange\"");
    }

    @Test
    @DisplayName("a successful form redirects (post/redirect/get) and the next page says it worked")
    void postRedirectGet() {
        WebClient officer = as(Role.OFFICER);
        officer.get("/residents/R-2/record-action");
        HttpResponse<String> r = officer.post("/residents/R-2/record-action", "kind", "THREATS", "affected",
                "STAFF", "occurredAt.date", java.time.LocalDate.now(org.uca.domain.shared.UkTime.ZONE).minusDays(1)
                        .toString(), "occurredAt.time", "10:30", "channel", "PHONE", "whatHappened",
                "Threatened to come to the office.", "safetyConcern", "yes");
        assertThat(r.statusCode()).isEqualTo(303);
        String next = officer.get(r.headers().firstValue("Location").orElseThrow()).body();
        assertThat(next).contains("Unacceptable action recorded").contains("Threatened to come to the office")
                .contains("Safety concern");
    }

    @Test
    @DisplayName("a date without a time is refused by field, never taken as some time of day")
    void dateWithoutTimeIsRefused() {
        WebClient officer = as(Role.OFFICER);
        officer.get("/residents/R-2/record-action");
        HttpResponse<String> r = officer.post("/residents/R-2/record-action", "kind", "THREATS", "affected",
                "STAFF", "occurredAt.date", java.time.LocalDate.now(org.uca.domain.shared.UkTime.ZONE).minusDays(1)
                        .toString(), "channel", "PHONE", "whatHappened", "Threatened to come to the office.");
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("id=\"occurredAt-error\"").contains("Enter the time as well as the date");
    }

    @Test
    @DisplayName("a Service Manager is not offered service limits, and is refused them if sent anyway")
    void serviceManagerCannotLimitServices() {
        WebClient manager = as(Role.SERVICE_MANAGER);
        String form = manager.get(casePath + "/authorise").body();
        assertThat(form).contains("value=\"NO_TELEPHONE_CALLS\"").doesNotContain("value=\"HEALTH_AND_SAFETY_REPAIRS_ONLY\"")
                .doesNotContain("value=\"TENANCY_ACTION\"");
        assertThat(as(Role.ASSISTANT_DIRECTOR).get(casePath + "/authorise").body())
                .contains("value=\"HEALTH_AND_SAFETY_REPAIRS_ONLY\"");
        HttpResponse<String> r = manager.post(casePath + "/authorise", "measures", "HEALTH_AND_SAFETY_REPAIRS_ONLY",
                "measure.HEALTH_AND_SAFETY_REPAIRS_ONLY.scope", "ALL_SERVICES", "grounds.type", "AFTER_WARNING", "grounds.warning", "1", "grounds.furtherActions", "2", "reasons",
                "Repeated abuse.", "safeguards.equalityAndVulnerabilityNotes", "Considered.",
                "safeguards.teamsConsulted", "Housing", "safeguards.teamsInformed", "Repairs", "reviewDate",
                java.time.LocalDate.now().plusMonths(6).toString());
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("must be authorised by an Assistant Director");
    }

    @Test
    @DisplayName("restrictions do not stay in place indefinitely: the authorise form fills in the usual review period"
            + " for the measures its authoriser may choose, a Service Manager's contact standards (6 months) and an"
            + " Assistant Director's service limits (3 months), and says each kind's period")
    void theReviewDateIsFilledInByKindOfAction() {
        java.time.LocalDate today = org.uca.domain.shared.UkTime.dateOf(java.time.Instant.now());
        String managers = as(Role.SERVICE_MANAGER).get(casePath + "/authorise").body();
        String directors = as(Role.ASSISTANT_DIRECTOR).get(casePath + "/authorise").body();

        assertThat(managers).contains("value=\"" + today.plusMonths(6) + "\"")
                .contains("contact standards 6 months, service limits 3 months");
        assertThat(directors).contains("value=\"" + today.plusMonths(3) + "\"");
    }

    @Test
    @DisplayName("letters print from the case, with a print stylesheet")
    void letters() {
        WebClient officer = as(Role.OFFICER);
        String letter = officer.get(casePath + "/letters/warning/1").body();
        assertThat(letter).contains("uca-letter").contains("Carol Case").contains("print.css");
        assertThat(officer.get(casePath + "/letters/decision/1").statusCode()).isEqualTo(200);
        assertThat(officer.get(casePath + "/letters/warning/9").statusCode()).isEqualTo(404);
    }

    @Test
    @DisplayName("monitoring shows SVG charts with table fallbacks, and downloads as CSV")
    void monitoring() {
        WebClient sdt = as(Role.SERVICE_DEVELOPMENT_TEAM);
        String page = sdt.get("/monitoring").body();
        assertThat(page).contains("<svg").contains("role=\"img\"").contains("<table").contains("No telephone calls");
        HttpResponse<String> csv = sdt.get("/monitoring.csv?from=2021-01-01&to=2030-12-31");
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("measure,category,count").contains("\"No telephone calls until further notice\"");
        assertThat(sdt.get("/monitoring?from=2026-12-31&to=2026-01-01").statusCode()).isEqualTo(422);
    }
}

package org.uca.adapter.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FormData;
import com.microsoft.playwright.options.RequestOptions;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.uca.application.port.out.Role;
import org.uca.adapter.web.support.WebFixture;
import org.uca.domain.shared.UkTime;

/**
 * The staff journey in a real browser (Debian's Chromium), with an axe-core accessibility check and a screenshot of
 * each main page under {@code target/screenshots}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JourneyTest {

    static final Path SCREENSHOTS = Paths.get("target", "screenshots");

    final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);
    WebFixture fixture;
    Playwright playwright;
    Browser browser;
    String base;
    final List<String> accessibilityProblems = new ArrayList<>();

    @BeforeAll
    void start() {
        fixture = new WebFixture(5, () -> Instant.now().plus(offset.get()));
        fixture.app.start(0);
        base = "http://localhost:" + fixture.app.port();
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium")).setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
        fixture.app.stop();
    }

    Page signIn(Role role) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
        Page page = context.newPage();
        page.navigate(base + "/sign-in");
        page.fill("#username", WebFixture.username(role));
        page.fill("#password", WebFixture.password(role));
        submit(page);
        assertThat(page.locator("h1").first().textContent()).contains("My work");
        return page;
    }

    static void submit(Page page) {
        page.locator("main button.govuk-button[type=submit]").first().click();
    }

    static void link(Page page, String name) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).first().click();
    }

    /** axe on the page: no serious or critical violations; and a screenshot for review. */
    void check(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa",
                "wcag22aa", "best-practice")).analyze();
        for (Rule rule : results.getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                accessibilityProblems.add(name + ": " + rule.getId() + " (" + rule.getImpact() + ") "
                        + rule.getHelp() + " " + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget()))
                                .toList());
            }
        }
    }

    static String[] ukDateAndTime(Instant at) {
        LocalDateTime local = LocalDateTime.ofInstant(at, UkTime.ZONE);
        return new String[] {local.toLocalDate().toString(), local.format(DateTimeFormatter.ofPattern("HH:mm"))};
    }

    void recordAction(Page page, String kind, Instant occurred, String what, boolean safety) {
        link(page, "Record an unacceptable action");
        page.locator("[name='kind']").selectOption(kind);
        page.check("input[name='affected'][value='STAFF']");
        String[] when = ukDateAndTime(occurred);
        page.fill("[name='occurredAt.date']", when[0]);
        page.fill("[name='occurredAt.time']", when[1]);
        page.check("input[name='channel'][value='PHONE']");
        page.fill("[name='whatHappened']", what);
        if (safety) {
            page.check("input[name='safetyConcern']");
        }
        submit(page);
        assertThat(page.locator(".govuk-notification-banner").textContent()).contains("Unacceptable action recorded");
    }

    @Test
    @Order(1)
    @DisplayName("officer records actions, warns, records a further action; a Service Manager authorises contact"
            + " standards; decision letter; appeal; an Assistant Director decides; the guidance shows the result")
    void journey() {
        Page officer = signIn(Role.OFFICER);
        check(officer, "01-my-work");
        officer.fill("#q", "Sean");
        officer.locator("main button.govuk-button").first().click();
        check(officer, "02-find-resident");
        link(officer, "Sean Second");
        assertThat(officer.locator(".uca-guidance").textContent()).contains("No restrictions");

        offset.set(Duration.ofHours(-2));
        recordAction(officer, "VERBAL_ABUSE", Instant.now().minus(Duration.ofHours(3)),
                "Shouted abuse at the call handler about a repair.", false);
        link(officer, "Issue a warning");
        check(officer, "03-warning-form");
        officer.check("input[name='actionsReferredTo'][value='1']");
        officer.fill("[name='reasons']", "Shouting abuse at our staff is unacceptable.");
        submit(officer);
        assertThat(officer.locator(".govuk-error-summary").textContent()).contains("what the resident must stop");
        assertThat(officer.inputValue("[name='reasons']")).isEqualTo("Shouting abuse at our staff is unacceptable.");
        check(officer, "04-form-with-errors");
        officer.fill("[name='whatMustChange']", "Speak to staff politely.");
        submit(officer);
        assertThat(officer.locator(".govuk-notification-banner").textContent()).contains("Warning 1 issued");
        offset.set(Duration.ZERO);
        recordAction(officer, "OFFENSIVE_LANGUAGE", Instant.now().minus(Duration.ofHours(1)),
                "Swore at the call handler again after the warning.", false);

        Page manager = signIn(Role.SERVICE_MANAGER);
        manager.navigate(officer.url());
        link(manager, "Authorise measures");
        assertThat(manager.locator("input[name='measures'][value='HEALTH_AND_SAFETY_REPAIRS_ONLY']").count())
                .as("a Service Manager is not offered service limits").isZero();
        check(manager, "05-authorise-form");
        String csrf = manager.inputValue("main input[name='_csrf']");
        String caseVersion = manager.inputValue("main input[name='caseVersion']");
        var refused = manager.request().post(manager.url(), RequestOptions.create().setForm(FormData.create()
                .set("_csrf", csrf).set("caseVersion", caseVersion).set("measures", "HEALTH_AND_SAFETY_REPAIRS_ONLY")
                .set("measure.HEALTH_AND_SAFETY_REPAIRS_ONLY.scope", "ALL_SERVICES")
                .set("grounds.type", "AFTER_WARNING").set("grounds.warning", "1")
                .set("grounds.furtherActions", "2").set("reasons", "Continued abuse.")
                .set("safeguards.equalityAndVulnerabilityNotes", "Considered.")
                .set("safeguards.teamsConsulted", "Housing").set("safeguards.teamsInformed", "Repairs")
                .set("reviewDate", manager.inputValue("[name='reviewDate']"))).setMaxRedirects(0));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.text()).contains("must be authorised by an Assistant Director");

        offset.set(Duration.ofMinutes(-30));
        manager.check("input[name='measures'][value='SINGLE_POINT_OF_CONTACT']");
        manager.locator("[name='measure.SINGLE_POINT_OF_CONTACT.officer']").selectOption("S-OFFICER");
        manager.check("input[name='measure.SINGLE_POINT_OF_CONTACT.scope'][value='ALL_SERVICES']");
        manager.check("input[name='measures'][value='NO_TELEPHONE_CALLS']");
        manager.check("input[name='measure.NO_TELEPHONE_CALLS.scope'][value='NAMED_SERVICES']");
        manager.check("input[name='measure.NO_TELEPHONE_CALLS.services'][value='REPAIRS']");
        manager.check("input[name='grounds.type'][value='AFTER_WARNING']");
        manager.check("input[name='grounds.furtherActions'][value='2']");
        manager.fill("[name='reasons']", "Abuse continued by telephone after the warning.");
        manager.fill("[name='safeguards.equalityAndVulnerabilityNotes']", "No adjustments or vulnerability known.");
        manager.fill("[name='safeguards.teamsConsulted']", "Neighbourhood Housing");
        manager.fill("[name='safeguards.teamsInformed']", "Repairs\nCustomer Services");
        manager.fill("[name='safeguards.howComplaintsAreStillHeard']",
                "In writing to the Complaints Team, who will screen each letter.");
        submit(manager);
        assertThat(manager.locator(".govuk-notification-banner").textContent()).contains("Decision 1 authorised");
        offset.set(Duration.ZERO);
        check(manager, "06-case");
        link(manager, "Record resident informed");
        submit(manager);
        assertThat(manager.locator(".govuk-notification-banner").textContent()).contains("decision letter");
        manager.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Decision letter 1")).click();
        assertThat(manager.locator(".uca-letter").textContent()).contains("Sean Second");
        check(manager, "07-decision-letter");
        manager.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.PRINT));
        manager.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("07b-decision-letter-print.png"))
                .setFullPage(true));
        manager.emulateMedia(new Page.EmulateMediaOptions().setMedia(com.microsoft.playwright.options.Media.SCREEN));
        manager.goBack();

        // No telephone calls limits how complaints reach us: a letter filed without a reply is logged and screened.
        officer.reload();
        link(officer, "Log correspondence filed without a reply");
        officer.check("input[name='channel'][value='LETTER']");
        officer.fill("[name='summary']", "A letter about the leak, sent to the repairs team.");
        check(officer, "07c-log-correspondence-form");
        submit(officer);
        assertThat(officer.locator(".govuk-notification-banner").textContent()).contains("Correspondence logged");
        link(officer, "Screen correspondence 1");
        officer.check("input[name='newIssue'][value='yes']");
        officer.fill("[name='newIssueAction']", "Logged as stage 1 complaint C-123.");
        officer.check("input[name='safeguarding'][value='no']");
        check(officer, "07d-screen-correspondence-form");
        submit(officer);
        assertThat(officer.locator("main").textContent())
                .contains("New issue or complaint: Logged as stage 1 complaint C-123.");
        check(officer, "07e-case-with-correspondence");

        officer.reload();
        link(officer, "Lodge an appeal");
        officer.fill("[name='grounds']", "Mr Second says the calls were about an urgent leak.");
        submit(officer);
        assertThat(officer.locator(".govuk-notification-banner").textContent()).contains("Assistant Director");

        Page ad = signIn(Role.ASSISTANT_DIRECTOR);
        assertThat(ad.locator("main").textContent()).contains("For you to act on").contains("Sean Second");
        check(ad, "08-my-work-appeals");
        link(ad, "Sean Second");
        link(ad, "Decide appeal 1");
        ad.check("input[name='outcome'][value='DECISION_VARIED']");
        ad.check("input[name='variedMeasures'][value='SINGLE_POINT_OF_CONTACT']");
        ad.locator("[name='measure.SINGLE_POINT_OF_CONTACT.officer']").selectOption("S-OFFICER");
        ad.check("input[name='measure.SINGLE_POINT_OF_CONTACT.scope'][value='ALL_SERVICES']");
        ad.check("input[name='variedMeasures'][value='CONTACT_TIME_ALLOWANCE']");
        ad.check("input[name='measure.CONTACT_TIME_ALLOWANCE.scope'][value='ALL_SERVICES']");
        ad.fill("[name='measure.CONTACT_TIME_ALLOWANCE.minutes']", "30");
        ad.check("input[name='measure.CONTACT_TIME_ALLOWANCE.per'][value='WEEK']");
        ad.fill("[name='reasons']", "The leak was urgent; telephone calls are allowed again, limited in time.");
        check(ad, "09-decide-appeal-form");
        submit(ad);
        assertThat(ad.locator(".govuk-notification-banner").textContent()).contains("Appeal decided");
        link(ad, "Appeal outcome letter 1");
        check(ad, "10-appeal-letter");

        officer.navigate(base + "/residents/R-2");
        String guidance = officer.locator("main").textContent();
        assertThat(guidance).contains("Restrictions apply").contains("Olive Officer")
                .contains("30 of 30 minutes left this week");
        assertThat(officer.locator("#not-allowed").count()).as("no method of contact is blocked any more").isZero();
        check(officer, "11-contact-guidance");
        officer.fill("[name='minutes']", "10");
        // the guidance page also has the form that chooses the service shown
        officer.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Record contact")).click();
        assertThat(officer.locator(".govuk-notification-banner").textContent())
                .contains("20 of 30 minutes left this week");
        assertThat(accessibilityProblems).isEmpty();
    }

    @Test
    @Order(2)
    @DisplayName("an extreme case with safety concerns gets immediate action from an Assistant Director")
    void extremeCase() {
        Page officer = signIn(Role.OFFICER);
        officer.navigate(base + "/residents/R-3");
        recordAction(officer, "THREATS", Instant.now().minus(Duration.ofMinutes(90)),
                "Threatened to hurt the officer at the counter.", true);
        String casePage = officer.url();

        Page ad = signIn(Role.ASSISTANT_DIRECTOR);
        ad.navigate(casePage);
        link(ad, "Authorise measures");
        ad.check("input[name='measures'][value='OFFICE_BAN']");
        ad.check("input[name='measure.OFFICE_BAN.scope'][value='ALL_SERVICES']");
        ad.check("input[name='measures'][value='EXCLUSION_FROM_PERSONAL_CONTACT']");
        ad.check("input[name='measure.EXCLUSION_FROM_PERSONAL_CONTACT.scope'][value='ALL_SERVICES']");
        ad.check("input[name='grounds.type'][value='IMMEDIATE_FOR_SAFETY']");
        ad.check("input[name='grounds.actions'][value='1']");
        ad.fill("[name='grounds.justification']", "A threat of violence to a named officer cannot wait.");
        ad.fill("[name='reasons']", "Threats of violence at our office.");
        ad.fill("[name='safeguards.equalityAndVulnerabilityNotes']", "No adjustments recorded.");
        ad.fill("[name='safeguards.teamsConsulted']", "Housing");
        ad.fill("[name='safeguards.teamsInformed']", "Repairs");
        submit(ad);
        assertThat(ad.locator(".govuk-notification-banner").textContent()).contains("Decision 1 authorised");
        assertThat(ad.locator("main").textContent()).contains("Immediate action authorised");

        officer.navigate(base + "/residents/R-3");
        assertThat(officer.locator("#not-allowed").textContent()).contains("Let the resident into our offices")
                .contains("Have personal contact");
    }

    @Test
    @Order(3)
    @DisplayName("two staff in two browsers fill in the same warning form: the second is shown what changed since,"
            + " with their answers kept, and nothing is saved until they submit again")
    void staleFormInTwoBrowsers() {
        Page officer = signIn(Role.OFFICER);
        Page manager = signIn(Role.SERVICE_MANAGER);
        String form = base + "/cases/" + fixture.caseId + "/warning";
        officer.navigate(form);
        manager.navigate(form);
        long before = fixture.uca.cases.find(fixture.caseId).get().version();
        for (Page page : List.of(officer, manager)) {
            page.check("input[name='actionsReferredTo'][value='1']");
            page.fill("[name='whatMustChange']", "Speak to our staff calmly.");
        }
        officer.fill("[name='reasons']", "Shouting at our staff on the phone.");
        manager.fill("[name='reasons']", "Swearing at the repairs operative.");

        submit(officer);
        assertThat(officer.locator(".govuk-notification-banner").textContent()).contains("Warning");
        submit(manager);

        assertThat(manager.locator(".govuk-error-summary").textContent())
                .contains("This case has changed since you looked at it").contains("Changed since:")
                .contains("Warning issued");
        assertThat(manager.inputValue("[name='reasons']")).isEqualTo("Swearing at the repairs operative.");
        assertThat(fixture.uca.cases.find(fixture.caseId).get().version()).isEqualTo(before + 1);
        check(manager, "13-stale-form");

        submit(manager);
        assertThat(manager.locator(".govuk-notification-banner").textContent()).contains("Warning");
        assertThat(fixture.uca.cases.find(fixture.caseId).get().version()).isEqualTo(before + 2);
    }

    @Test
    @Order(4)
    @DisplayName("the sign-in and monitoring pages are accessible")
    void otherPages() {
        Page anonymous = browser.newContext().newPage();
        anonymous.navigate(base + "/sign-in");
        check(anonymous, "00-sign-in");
        Page sdt = signIn(Role.SERVICE_DEVELOPMENT_TEAM);
        sdt.navigate(base + "/monitoring?from=2021-01-01&to=2030-12-31");
        assertThat(sdt.locator("svg.uca-chart").count()).isGreaterThan(0);
        check(sdt, "12-monitoring");
        assertThat(accessibilityProblems).isEmpty();
    }

    @Test
    @Order(5)
    @DisplayName("a contractor finds the property by its postcode and first line, follows it to its safe visit, and"
            + " a wrong postcode is shown in the error summary; the pages are accessible")
    void contractorFindsThePropertyByAddress() {
        fixture.uca.residents.add(new org.uca.application.port.out.ResidentDirectory.Resident(
                new org.uca.domain.people.ResidentId("R-E2E-1"), "Pia Visited", io.vavr.collection.List.of(
                        "Flat 2, 14 Mare Street"), "E8 3AB", io.vavr.control.Option.some("400000000001"),
                io.vavr.control.Option.none(), io.vavr.control.Option.none(), io.vavr.control.Option.none(),
                io.vavr.control.Option.none(), io.vavr.control.Option.none()));
        Page cody = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
        cody.navigate(base + "/sign-in");
        cody.fill("#username", WebFixture.username(Role.CONTRACTOR));
        cody.fill("#password", WebFixture.password(Role.CONTRACTOR));
        submit(cody);
        assertThat(cody.locator("h1").first().textContent()).contains("Safe visit");

        cody.getByLabel("Postcode").fill("e8 3ab");
        cody.getByLabel("House number or name, or first line (optional)").fill("flat 2");
        cody.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Find the property")).click();
        assertThat(cody.locator("h2.govuk-heading-m").first().textContent()).contains("1 property found");
        assertThat(cody.content()).doesNotContain("Pia Visited");
        check(cody, "30-visit-by-address");

        cody.locator("main ul.govuk-list a.govuk-link").first().click();
        assertThat(cody.url()).endsWith("/visits?uprn=400000000001");
        assertThat(cody.locator("main").textContent()).contains("Visiting property 400000000001");

        cody.navigate(base + "/visits/properties?postcode=Mare+Street");
        assertThat(cody.locator(".govuk-error-summary").textContent()).contains("That is not a UK postcode");
        check(cody, "31-visit-by-address-error");
        assertThat(accessibilityProblems).isEmpty();
    }
}

package org.uca.adapter.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.uca.adapter.web.support.WebFixture;
import org.uca.application.port.out.Role;

/**
 * An administrator adds an officer and creates their account; the officer sets a password from the one-time link
 * and signs in; a reset, confirmed, signs them out: in Chromium, with axe-core on each administration page.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountsJourneyTest {

    private static final String PASSPHRASE = "plum orbit kettle gravel";

    WebFixture fixture;
    Playwright playwright;
    Browser browser;
    String base;
    final List<String> accessibilityProblems = new ArrayList<>();

    @BeforeAll
    void start() {
        fixture = new WebFixture();
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

    private Page newPage() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
    }

    private static void submit(Page page) {
        page.locator("main button.govuk-button[type=submit]").first().click();
    }

    private static void link(Page page, String name) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).first().click();
    }

    private void check(Page page, String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(JourneyTest.SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa",
                "wcag22aa", "best-practice")).analyze();
        for (Rule rule : results.getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                accessibilityProblems.add(name + ": " + rule.getId() + " (" + rule.getImpact() + ") "
                        + rule.getHelp());
            }
        }
    }

    @Test
    @DisplayName("administrator adds an officer, creates the account; the officer sets a password from the link"
            + " and signs in")
    void addOfficerCreateAccountSetPasswordSignIn() {
        Page admin = newPage();
        admin.navigate(base + "/sign-in");
        admin.fill("#username", WebFixture.username(Role.ADMINISTRATOR));
        admin.fill("#password", WebFixture.password(Role.ADMINISTRATOR));
        submit(admin);
        link(admin, "Administration");
        check(admin, "admin-staff");
        link(admin, "Add a member of staff");
        admin.fill("#name", "Omar Newstarter");
        admin.fill("#email", "omar.newstarter@example.org");
        admin.fill("#team", "Neighbourhood Housing");
        admin.fill("#jobTitle", "Housing Officer");
        check(admin, "admin-add-staff");
        submit(admin);
        assertThat(admin.locator("body").textContent()).contains("Omar Newstarter added");
        link(admin, "Create account for Omar Newstarter");
        assertThat(admin.inputValue("#username")).isEqualTo("omar.newstarter");
        admin.locator("#role").selectOption("OFFICER");
        submit(admin);
        assertThat(admin.locator("h1").textContent()).contains("Account created");
        check(admin, "admin-one-time-link");
        String link = admin.inputValue("#one-time-link");
        assertThat(link).contains("/set-password/");

        Page officer = newPage();
        officer.navigate(link);
        assertThat(officer.locator("h1").textContent()).contains("Set your password");
        check(officer, "set-password");
        officer.fill("#password", PASSPHRASE);
        officer.fill("#confirmation", PASSPHRASE);
        submit(officer);
        assertThat(officer.locator("h1").textContent()).contains("Your password is set");
        link(officer, "Sign in");
        officer.fill("#username", "omar.newstarter");
        officer.fill("#password", PASSPHRASE);
        submit(officer);
        assertThat(officer.locator("h1").first().textContent()).contains("My work");
        assertThat(officer.locator("body").textContent()).contains("Omar Newstarter")
                .doesNotContain("Administration");

        admin.navigate(base + "/admin/accounts?q=omar");
        assertThat(admin.locator("main").textContent()).contains("omar.newstarter").contains("Active");
        check(admin, "admin-accounts");

        // Reset asks first, stating the consequence; confirmed, it signs the officer out at once.
        admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Reset omar.newstarter")).click();
        assertThat(admin.locator("h1").textContent()).contains("Reset the account omar.newstarter?");
        assertThat(admin.locator("main").textContent()).contains("This ends their sessions and API tokens at once");
        check(admin, "admin-confirm-reset");
        submit(admin);
        assertThat(admin.locator("h1").textContent()).contains("Account reset");
        officer.navigate(base + "/");
        assertThat(officer.url()).endsWith("/sign-in");
        assertThat(accessibilityProblems).isEmpty();
    }

    @Test
    @DisplayName("policy 5.1: an administrator sets a team's notification address in the browser, and the Service"
            + " Development Team reads a notification in its inbox, which then names the reader (axe-checked)")
    void notificationAddressesAndTheInbox() {
        accessibilityProblems.clear();
        Page admin = newPage();
        admin.navigate(base + "/sign-in");
        admin.fill("#username", WebFixture.username(Role.ADMINISTRATOR));
        admin.fill("#password", WebFixture.password(Role.ADMINISTRATOR));
        submit(admin);
        link(admin, "Notification addresses");
        check(admin, "admin-notification-addresses");
        link(admin, "Set another team's address");
        admin.fill("#team", "Anti-social Behaviour");
        admin.fill("#address", "not an address");
        submit(admin);
        assertThat(admin.locator(".govuk-error-summary").textContent()).contains("Enter one e-mail address");
        check(admin, "admin-notification-address-error");
        admin.fill("#address", "asb@octavia.example");
        submit(admin);
        assertThat(admin.locator("main").textContent()).contains("asb@octavia.example", "Anti-social Behaviour");

        Page sdt = newPage();
        sdt.navigate(base + "/sign-in");
        sdt.fill("#username", WebFixture.username(Role.SERVICE_DEVELOPMENT_TEAM));
        sdt.fill("#password", WebFixture.password(Role.SERVICE_DEVELOPMENT_TEAM));
        submit(sdt);
        link(sdt, "Notifications");
        check(sdt, "sdt-inbox");
        sdt.locator("main table a[href^='/inbox/']").first().click();
        assertThat(sdt.locator("main").textContent()).contains("Reasons:");
        check(sdt, "sdt-inbox-notification");
        link(sdt, "Back to the notifications");
        assertThat(sdt.locator("main table").textContent()).doesNotContain("Nobody yet");
        assertThat(accessibilityProblems).isEmpty();
    }
}

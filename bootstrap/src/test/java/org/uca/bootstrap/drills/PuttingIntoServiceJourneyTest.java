package org.uca.bootstrap.drills;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uca.bootstrap.cli.AdminCommand;
import org.uca.bootstrap.cli.AdminStore;

/**
 * Issue 11's "done when": a landlord puts UCA into service from an empty store, as bootstrap/README.md's guide says,
 * with nothing from the demo. The first administrator comes from the command line; everything else is done in
 * Chromium, in the pages staff use.
 */
class PuttingIntoServiceJourneyTest {

    private static final String ADMIN_PASSWORD = "plum orbit kettle gravel";
    private static final String MANAGER_PASSWORD = "copper lantern meadow fifteen";
    /** The example file bootstrap/README.md documents the CSV format with (src/test/resources/residents). */
    private static final String EXAMPLE_RESIDENTS = "/residents/example-residents.csv";

    private record Ran(int status, String out, String err) {
    }

    @Test
    @DisplayName("from an empty store: the first administrator by the command line signs in, adds a Service Manager"
            + " and an officer with accounts, imports residents from the documented CSV; the manager sets a password"
            + " from the one-time link, signs in and records a case for an imported resident")
    void anEmptyStoreIsPutIntoService(@TempDir Path data) throws Exception {
        Map<String, String> env = Map.of("UCA_DATA_DIR", data.resolve("store").toString());

        Ran created = admin(env, ADMIN_PASSWORD + "\n", "create-administrator", "--username", "pat.jones",
                "--name", "Pat Jones", "--email", "pat.jones@example.org");
        assertThat(created.status()).as(created.err()).isZero();
        assertThat(created.out()).contains("Created the administrator pat.jones");

        try (RunningUca uca = RunningUca.startForReal(env);
                Playwright playwright = Playwright.create(new Playwright.CreateOptions()
                        .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Paths.get("/usr/bin/chromium")).setHeadless(true)
                        .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu",
                                "--disable-background-networking", "--disable-component-update",
                                "--disable-sync")))) {
            Page admin = newPage(browser);
            signIn(admin, uca.base, "pat.jones", ADMIN_PASSWORD);
            assertThat(admin.locator(".uca-signed-in").textContent()).contains("Pat Jones", "Administrator");

            String managerLink = addStaffWithAccount(admin, "Sam Okoro", "sam.okoro@example.org",
                    "Neighbourhood Housing", "Housing Services Manager", "SERVICE_MANAGER", "SERVICE_MANAGER");
            String officerLink = addStaffWithAccount(admin, "Ola Fenwick", "ola.fenwick@example.org",
                    "Neighbourhood Housing", "Housing Officer", "NONE", "OFFICER");
            assertThat(officerLink).isNotEqualTo(managerLink);
            admin.navigate(uca.base + "/admin/staff");
            assertThat(admin.locator("main table").textContent())
                    .contains("Sam Okoro", "Service Manager", "Ola Fenwick", "Officer", "Pat Jones", "Administrator");

            link(admin, "Import residents");
            admin.setInputFiles("#file", Path.of(PuttingIntoServiceJourneyTest.class.getResource(EXAMPLE_RESIDENTS)
                    .toURI()));
            submit(admin);
            assertThat(admin.locator("h2").first().textContent()).contains("What the import would do");
            assertThat(admin.textContent("#added").strip()).isEqualTo("3");
            assertThat(admin.locator("main table").textContent()).contains("R-1001", "R-1002", "R-1003");
            submit(admin);
            assertThat(admin.locator(".govuk-notification-banner").textContent())
                    .contains("Residents imported: 3 rows: 3 added, 0 changed, 0 unchanged");

            Page manager = newPage(browser);
            manager.navigate(managerLink);
            assertThat(manager.locator("h1").textContent()).contains("Set your password");
            manager.fill("#password", MANAGER_PASSWORD);
            manager.fill("#confirmation", MANAGER_PASSWORD);
            submit(manager);
            assertThat(manager.locator("h1").textContent()).contains("Your password is set");
            link(manager, "Sign in");
            manager.fill("#username", "sam.okoro");
            manager.fill("#password", MANAGER_PASSWORD);
            submit(manager);
            assertThat(manager.locator("h1").first().textContent()).contains("My work");
            assertThat(manager.locator(".uca-signed-in").textContent()).contains("Sam Okoro", "Service Manager");
            assertThat(manager.locator("body").textContent()).doesNotContain("Administration");

            manager.fill("#q", "Okafor");
            manager.locator("main button.govuk-button").first().click();
            assertThat(manager.locator("main table").textContent()).contains("R-1002", "4 Canal Walk");
            link(manager, "Bea Okafor");
            assertThat(manager.locator(".uca-guidance").textContent()).contains("No restrictions");
            link(manager, "Record an unacceptable action");
            manager.locator("[name='kind']").selectOption("VERBAL_ABUSE");
            manager.check("input[name='affected'][value='STAFF']");
            LocalDateTime anHourAgo = LocalDateTime.now(ZoneId.of("Europe/London")).minusHours(1);
            manager.fill("[name='occurredAt.date']", anHourAgo.toLocalDate().toString());
            manager.fill("[name='occurredAt.time']", anHourAgo.format(DateTimeFormatter.ofPattern("HH:mm")));
            manager.check("input[name='channel'][value='PHONE']");
            manager.fill("[name='whatHappened']", "Shouted abuse at the call handler about a repair.");
            submit(manager);
            assertThat(manager.locator(".govuk-notification-banner").textContent())
                    .contains("Unacceptable action recorded");
            assertThat(manager.locator("main").textContent()).contains("Bea Okafor", "R-1002",
                    "Shouted abuse at the call handler about a repair.");

            manager.navigate(uca.base + "/");
            assertThat(manager.locator("main").textContent()).contains("Cases I am involved in", "Bea Okafor")
                    .doesNotContain("You have not acted on any case yet.");
        }
    }

    /** Adds a member of staff and creates their account; the answer is the one-time link the page shows, once. */
    private static String addStaffWithAccount(Page admin, String name, String email, String team, String jobTitle,
            String authority, String role) {
        link(admin, "Administration");
        link(admin, "Add a member of staff");
        admin.fill("#name", name);
        admin.fill("#email", email);
        admin.fill("#team", team);
        admin.fill("#jobTitle", jobTitle);
        admin.locator("#authority").selectOption(authority);
        submit(admin);
        assertThat(admin.locator(".govuk-notification-banner").textContent()).contains(name + " added");
        link(admin, "Create account for " + name);
        assertThat(admin.inputValue("#username")).isEqualTo(email.substring(0, email.indexOf('@')));
        admin.locator("#role").selectOption(role);
        submit(admin);
        assertThat(admin.locator("h1").textContent()).contains("Account created");
        String link = admin.inputValue("#one-time-link");
        assertThat(link).contains("/set-password/");
        return link;
    }

    private static Page newPage(Browser browser) {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900)).newPage();
    }

    private static void signIn(Page page, String base, String username, String password) {
        page.navigate(base + "/sign-in");
        page.fill("#username", username);
        page.fill("#password", password);
        submit(page);
        assertThat(page.locator("h1").first().textContent()).contains("My work");
    }

    private static void submit(Page page) {
        page.locator("main button.govuk-button[type=submit]").first().click();
    }

    private static void link(Page page, String name) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)).first().click();
    }

    /**
     * {@code java -jar uca.jar admin ARGS} on this configuration, with {@code stdin} as standard input: its exit
     * status, standard output and standard error. {@code CommandLineStore} (the store as the command line opens it)
     * is package-private, so the drill reaches it by reflection, as {@link RunningUca} reaches {@code Main.start}.
     */
    private static Ran admin(Map<String, String> env, String stdin, String... args) {
        AdminStore.Opener stores;
        try {
            Method opener = Class.forName("org.uca.bootstrap.CommandLineStore")
                    .getDeclaredMethod("opener", Map.class, Properties.class);
            opener.setAccessible(true);
            stores = (AdminStore.Opener) opener.invoke(null, env, new Properties());
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("CommandLineStore.opener(Map, Properties) is not there any more", e);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = AdminCommand.run(args, stores, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out), new PrintWriter(err), () -> null);
        return new Ran(status, out.toString(), err.toString());
    }
}

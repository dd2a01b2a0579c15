package org.uca.adapter.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.uca.adapter.web.security.FrameAncestors;
import org.uca.adapter.web.support.WebFixture;
import org.uca.application.port.out.Role;

/**
 * The guidance banner framed by a CRM screen, in Chromium: two stand-in CRMs, each a real HTTP server on this
 * machine serving a page with the banner in an {@code <iframe>}. One is the origin the landlord named (on the same site
 * as UCA, so the browser sends the officer's session to the frame); the other is not named, and the browser refuses to
 * show UCA inside it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GuidanceBannerInACrmTest {

    HttpServer namedCrm;
    HttpServer otherCrm;
    WebFixture fixture;
    Playwright playwright;
    Browser browser;
    String uca;

    @BeforeAll
    void start() throws Exception {
        namedCrm = crm();
        otherCrm = crm();
        fixture = new WebFixture(FrameAncestors.parse("http://localhost:" + namedCrm.getAddress().getPort(),
                "UCA_EMBED_FRAME_ANCESTORS"));
        fixture.app.start(0);
        uca = "http://localhost:" + fixture.app.port();
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium")).setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
    }

    /** A CRM's resident screen: its own heading, and UCA's banner for resident R-1 framed beneath it. */
    private HttpServer crm() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] page = ("<!DOCTYPE html><html lang=\"en\"><head><title>CRM</title></head><body><h1>CRM: Carol Case"
                    + "</h1><iframe title=\"UCA contact guidance\" width=\"800\" height=\"300\" src=\"" + uca
                    + "/embed/residents/R-1/guidance\"></iframe></body></html>").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        server.start();
        return server;
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
        namedCrm.stop(0);
        otherCrm.stop(0);
    }

    private Page signedInOfficer() {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1000, 700));
        Page page = context.newPage();
        page.navigate(uca + "/sign-in");
        page.fill("#username", WebFixture.username(Role.OFFICER));
        page.fill("#password", WebFixture.password(Role.OFFICER));
        page.locator("main button.govuk-button[type=submit]").first().click();
        page.waitForURL(uca + "/");
        return page;
    }

    private static Frame banner(Page crm) {
        crm.waitForLoadState();
        return crm.frames().stream().filter(f -> f != crm.mainFrame()).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("in the CRM the landlord named, the officer sees at a glance that contact is restricted and how, and"
            + " the banner passes axe-core's WCAG 2.2 AA checks")
    void theNamedCrmShowsTheBanner() {
        Page crm = signedInOfficer();
        crm.navigate("http://localhost:" + namedCrm.getAddress().getPort() + "/");

        Frame frame = banner(crm);
        frame.waitForSelector("h1");
        assertThat(frame.locator("h1").textContent()).contains("Contact is restricted", "Carol Case (R-1)");
        assertThat(frame.locator("body").textContent()).contains("(decision 1)", "Open the case");
        crm.screenshot(new Page.ScreenshotOptions().setPath(JourneyTest.SCREENSHOTS.resolve("banner-in-crm.png")));

        Page alone = crm.context().newPage();
        alone.navigate(uca + "/embed/residents/R-1/guidance");
        List<Rule> problems = new AxeBuilder(alone).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa",
                "wcag22aa", "best-practice")).analyze().getViolations();
        assertThat(problems).extracting(Rule::getId).isEmpty();
    }

    @Test
    @DisplayName("a screen the landlord did not name cannot frame UCA: the browser shows nothing of the resident")
    void anotherSiteCannotFrameIt() {
        Page crm = signedInOfficer();
        crm.navigate("http://localhost:" + otherCrm.getAddress().getPort() + "/");

        Frame frame = banner(crm);
        crm.waitForTimeout(500);
        String shown = frame.evaluate("() => document.body ? document.body.innerText : ''").toString();
        assertThat(shown).doesNotContain("Carol Case").doesNotContain("Contact is restricted");
        assertThat(crm.locator("h1").textContent()).isEqualTo("CRM: Carol Case");
    }
}

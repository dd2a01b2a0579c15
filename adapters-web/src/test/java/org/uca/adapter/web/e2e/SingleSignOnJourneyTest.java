package org.uca.adapter.web.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Paths;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.HashSet;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.OAuth2Config;
import no.nav.security.mock.oauth2.http.NettyWrapper;
import no.nav.security.mock.oauth2.token.OAuth2TokenProvider;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.uca.adapter.web.security.SignInOptions;
import org.uca.adapter.web.security.oidc.OidcSettings;
import org.uca.adapter.web.security.oidc.RoleMap;
import org.uca.adapter.web.support.WebFixture;
import org.uca.application.port.out.Role;
import org.uca.domain.people.AuthorityLevel;

/**
 * Single sign-on in a real browser (Debian's Chromium) against a real OpenID Connect provider in the test JVM
 * (NAV's mock-oauth2-server: discovery, JWKS, the authorization code flow with PKCE), its claims set per sign-in.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SingleSignOnJourneyTest {

    static final String ISSUER_ID = "landlord";
    static final String CLIENT_ID = "uca-test-client";

    MockOAuth2Server provider;
    WebFixture fixture;
    Playwright playwright;
    Browser browser;
    String base;
    String issuer;

    @BeforeAll
    void start() throws IOException {
        // On Netty: okhttp's MockWebServer, the default, needs JUnit 4.
        provider = new MockOAuth2Server(new OAuth2Config(false, null, null, false, new OAuth2TokenProvider(),
                new HashSet<>(), new NettyWrapper()));
        provider.start();
        issuer = provider.issuerUrl(ISSUER_ID).toString();
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        base = "http://localhost:" + port;
        OidcSettings oidc = new OidcSettings(URI.create(issuer), CLIENT_ID, "a-client-secret",
                URI.create(base + OidcSettings.CALLBACK_PATH), "groups",
                RoleMap.parse("uca-managers=SERVICE_MANAGER/SERVICE_MANAGER, uca-officers=OFFICER"),
                "Test Landlord ID", Duration.ofSeconds(60));
        fixture = new WebFixture(5, Instant::now, new SignInOptions(true, Optional.of(oidc)));
        fixture.app.start(port);
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
        if (fixture != null) {
            fixture.app.stop();
        }
        if (provider != null) {
            provider.shutdown();
        }
    }

    /** The provider's next sign-in: this person, these claims, an ID token lasting {@code expirySeconds}. */
    void nextSignIn(String subject, Map<String, Object> claims, long expirySeconds) {
        provider.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER_ID, subject, "JWT", List.of(CLIENT_ID),
                claims, expirySeconds));
    }

    static Map<String, Object> person(String name, String username, String... groups) {
        return Map.of("name", name, "preferred_username", username, "email", username, "groups", List.of(groups));
    }

    /** A new browser on the sign-in page, then "Sign in with …"; returns the page and the callback's status. */
    Page signInWithProvider(AtomicReference<Integer> callbackStatus) {
        BrowserContext context = browser.newContext();
        Page page = context.newPage();
        page.onResponse((Response r) -> {
            if (r.url().contains(OidcSettings.CALLBACK_PATH)) {
                callbackStatus.set(r.status());
            }
        });
        page.navigate(base + "/sign-in");
        accessible(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in with Test Landlord ID")).click();
        page.waitForLoadState();
        return page;
    }

    /** axe-core on the page: no serious or critical WCAG 2.2 AA violations. */
    static void accessible(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa",
                "wcag22aa")).analyze();
        assertThat(results.getViolations()).filteredOn(r -> "serious".equals(r.getImpact())
                || "critical".equals(r.getImpact())).extracting(Rule::getId).isEmpty();
    }

    static String heading(Page page) {
        return page.locator("h1").first().textContent().strip();
    }

    /** Nobody is signed in in this browser: home sends it to the sign-in page. */
    void assertNotSignedIn(Page page) {
        page.navigate(base + "/");
        assertThat(heading(page)).isEqualTo("Sign in");
    }

    @Test
    @DisplayName("a member of staff in a mapped group signs in with the provider, as the role and authority level"
            + " the group gives; the next sign-in takes the role from the groups again")
    void mappedGroupSignsIn() {
        nextSignIn("entra-object-id-1", person("Maya Manager", "maya@landlord.example", "canteen", "uca-managers"),
                3600);
        AtomicReference<Integer> status = new AtomicReference<>();
        Page page = signInWithProvider(status);
        assertThat(heading(page)).isEqualTo("My work");
        assertThat(page.locator(".uca-signed-in").textContent())
                .isEqualTo("Signed in as Maya Manager (Service Manager)");
        assertThat(fixture.linked.member(issuer, "entra-object-id-1").authority())
                .isEqualTo(AuthorityLevel.SERVICE_MANAGER);
        assertThat(fixture.linked.role(issuer, "entra-object-id-1")).isEqualTo(Role.SERVICE_MANAGER);
        page.context().close();

        nextSignIn("entra-object-id-1", person("Maya Manager", "maya@landlord.example", "uca-officers"), 3600);
        Page again = signInWithProvider(status);
        assertThat(heading(again)).isEqualTo("My work");
        assertThat(again.locator(".uca-signed-in").textContent())
                .isEqualTo("Signed in as Maya Manager (Officer)");
        assertThat(fixture.linked.member(issuer, "entra-object-id-1").authority()).isEqualTo(AuthorityLevel.NONE);
        again.context().close();
    }

    @Test
    @DisplayName("someone the provider signs in who is in no mapped group is refused with a page saying why, and"
            + " the refusal is audited")
    void unmappedGroupRefused() {
        nextSignIn("entra-object-id-2", person("Carl Canteen", "carl@landlord.example", "canteen"), 3600);
        AtomicReference<Integer> status = new AtomicReference<>();
        Page page = signInWithProvider(status);
        assertThat(status.get()).isEqualTo(403);
        assertThat(heading(page)).isEqualTo("You do not have access to UCA");
        accessible(page);
        assertThat(page.locator("main").textContent()).contains("not in a group that gives access to UCA");
        assertThat(fixture.linked.refusals).anyMatch(r -> r.startsWith(issuer + " entra-object-id-2: "));
        assertNotSignedIn(page);
        page.context().close();
    }

    @Test
    @DisplayName("a callback whose state was altered on the way is refused (OAuth 2.0 Security BCP: state binds the"
            + " callback to the browser that started the sign-in)")
    void tamperedStateRefused() {
        nextSignIn("entra-object-id-3", person("Tess Tamper", "tess@landlord.example", "uca-officers"), 3600);
        AtomicReference<Integer> status = new AtomicReference<>();
        BrowserContext context = browser.newContext();
        Page page = context.newPage();
        page.onResponse(r -> {
            if (r.url().contains(OidcSettings.CALLBACK_PATH)) {
                status.set(r.status());
            }
        });
        // The redirect to the provider, with its state altered (a redirect's later hops cannot be routed).
        AtomicReference<Boolean> pendingCookieSet = new AtomicReference<>(false);
        page.route("**/sign-in/oidc", route -> {
            APIResponse redirect = route.fetch(new Route.FetchOptions().setMaxRedirects(0));
            pendingCookieSet.set(context.cookies().stream().anyMatch(c -> c.name.equals("uca_oidc")));
            Map<String, String> headers = new java.util.HashMap<>(redirect.headers());
            headers.put("location", headers.get("location").replaceFirst("state=[^&]+", "state=altered-on-the-way"));
            route.fulfill(new Route.FulfillOptions().setResponse(redirect).setHeaders(headers));
        });
        page.navigate(base + "/sign-in");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in with Test Landlord ID")).click();
        page.waitForLoadState();
        assertThat(pendingCookieSet.get()).as("the browser held its pending sign-in").isTrue();
        assertThat(status.get()).isEqualTo(400);
        assertThat(heading(page)).isEqualTo("Sign-in could not be completed");
        assertNotSignedIn(page);
        context.close();
    }

    @Test
    @DisplayName("an ID token issued for another application (audience) is refused (OpenID Connect Core 3.1.3.7)")
    void anotherAudienceRefused() {
        Map<String, Object> claims = new java.util.HashMap<>(person("Abe Audience", "abe@landlord.example",
                "uca-officers"));
        claims.put("aud", List.of("another-application"));
        nextSignIn("entra-object-id-4", claims, 3600);
        AtomicReference<Integer> status = new AtomicReference<>();
        Page page = signInWithProvider(status);
        assertThat(status.get()).isEqualTo(401);
        assertThat(heading(page)).isEqualTo("Sign-in could not be completed");
        assertNotSignedIn(page);
        page.context().close();
    }

    @Test
    @DisplayName("an expired ID token is refused (OpenID Connect Core 3.1.3.7: exp, with a minute's clock skew)")
    void expiredTokenRefused() {
        nextSignIn("entra-object-id-5", person("Eve Expired", "eve@landlord.example", "uca-officers"), -600);
        AtomicReference<Integer> status = new AtomicReference<>();
        Page page = signInWithProvider(status);
        assertThat(status.get()).isEqualTo(401);
        assertThat(heading(page)).isEqualTo("Sign-in could not be completed");
        assertNotSignedIn(page);
        page.context().close();
    }
}

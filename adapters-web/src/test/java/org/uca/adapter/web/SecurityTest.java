package org.uca.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.uca.adapter.web.support.WebClient;
import org.uca.adapter.web.support.WebFixture;
import org.uca.application.port.out.Role;

/** Sign-in, sessions, CSRF, security headers and sign-in rate limiting. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecurityTest {

    WebFixture fixture;

    @BeforeAll
    void start() {
        fixture = new WebFixture(3);
        fixture.app.start(0);
    }

    @AfterAll
    void stop() {
        fixture.app.stop();
    }

    WebClient client() {
        return new WebClient(fixture.app.port());
    }

    @Test
    @DisplayName("only sign-in, health and static assets are open without signing in (Javalin test tools)")
    void signInRequired() {
        JavalinTest.test(new WebFixture().app, (server, http) -> {
            assertThat(http.get("/sign-in").code()).isEqualTo(200);
            assertThat(http.get("/health").code()).isEqualTo(200);
            assertThat(http.get("/static/uca.css").code()).isEqualTo(200);
            assertThat(http.get("/govuk/govuk-frontend.min.css").code()).isEqualTo(200);
            assertThat(http.get("/api/residents?q=Carol").code()).isEqualTo(401);
            assertThat(http.get("/api/openapi.json").code()).isEqualTo(401);
        });
        WebClient anonymous = client();
        for (String path : new String[] {"/", "/residents?q=Carol", "/residents/R-1", "/monitoring",
                "/cases/" + fixture.caseId}) {
            HttpResponse<String> r = anonymous.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(303);
            assertThat(r.headers().firstValue("Location")).as(path).hasValue("/sign-in");
        }
    }

    @Test
    @DisplayName("UCA's own favicon is served without signing in, and every page links to it")
    void favicon() {
        HttpResponse<byte[]> icon = client().getBytes("/favicon.ico");
        assertThat(icon.statusCode()).isEqualTo(200);
        assertThat(icon.headers().firstValue("Content-Type")).hasValue("image/x-icon");
        assertThat(icon.body()).startsWith(new byte[] {0, 0, 1, 0}); // an ICO file's header: reserved 0, type 1 (icon)
        assertThat(client().get("/sign-in").body()).contains("<link rel=\"icon\" href=\"/favicon.ico\"");
    }

    @Test
    @DisplayName("every response carries CSP without inline script, frame, sniffing and referrer headers")
    void securityHeaders() {
        WebClient c = client();
        for (String path : new String[] {"/sign-in", "/health", "/static/uca.css", "/no-such-page"}) {
            HttpResponse<String> r = c.get(path);
            assertThat(r.headers().firstValue("Content-Security-Policy")).as(path).hasValueSatisfying(csp -> {
                assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'")
                        .doesNotContain("unsafe-inline");
            });
            assertThat(r.headers().firstValue("X-Frame-Options")).as(path).hasValue("DENY");
            assertThat(r.headers().firstValue("X-Content-Type-Options")).as(path).hasValue("nosniff");
            assertThat(r.headers().firstValue("Referrer-Policy")).as(path).hasValue("no-referrer");
        }
        assertThat(c.get("/sign-in").body()).doesNotContain("<script>").doesNotContain(" onclick=");
    }

    @Test
    @DisplayName("the session cookie is HttpOnly and SameSite, and Secure behind HTTPS")
    void sessionCookie() {
        HttpResponse<String> page = client().get("/sign-in");
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("uca_session=").contains("HttpOnly").contains("SameSite=Lax")
                .doesNotContain("Secure");
    }

    @Test
    @DisplayName("signing in starts a new session; signing out ends it")
    void signInAndOut() {
        WebClient c = client();
        c.get("/sign-in");
        String before = c.csrf();
        assertThat(c.post("/sign-in", "username", "officer", "password", "pw-officer").statusCode()).isEqualTo(303);
        HttpResponse<String> home = c.get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("My work").contains("Olive Officer");
        assertThat(c.csrf()).isNotEqualTo(before);
        assertThat(c.post("/sign-out").statusCode()).isEqualTo(303);
        assertThat(c.get("/").statusCode()).isEqualTo(303);
        assertThat(fixture.signIns).contains("officer:true");
    }

    @Test
    @DisplayName("a wrong password shows an error and is audited; no stack trace or detail leaks")
    void wrongPassword() {
        WebClient c = client();
        c.get("/sign-in");
        HttpResponse<String> r = c.post("/sign-in", "username", "director", "password", "wrong");
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.body()).contains("Enter a correct username and password").contains("value=\"director\"");
        assertThat(fixture.signIns).contains("director:false");
    }

    @Test
    @DisplayName("forms without the session's CSRF token are refused, and the refusal is audited")
    void csrf() {
        WebClient c = client().signIn(Role.OFFICER);
        String path = "/residents/R-2/record-action";
        int refusalsBefore = fixture.refusals.size();
        assertThat(c.post(path, "_csrf", "").statusCode()).isEqualTo(403);
        assertThat(c.post(path, "_csrf", "forged").statusCode()).isEqualTo(403);
        assertThat(fixture.refusals.subList(refusalsBefore, fixture.refusals.size()))
                .hasSize(2).allMatch(r -> r.contains("CSRF") && r.contains(path));
        assertThat(c.post(path).statusCode()).isEqualTo(422);
        WebClient other = client();
        other.get("/sign-in");
        assertThat(other.post("/sign-in", "_csrf", "forged", "username", "officer", "password", "pw-officer")
                .statusCode()).isEqualTo(403);
    }

    @Test
    @DisplayName("a browser session on the API needs the CSRF header for changes; a bearer token does not")
    void apiCsrf() {
        WebClient c = client().signIn(Role.OFFICER);
        assertThat(c.postJson("/api/residents/R-2/actions", "{}").statusCode()).isEqualTo(403);
        assertThat(c.getJson("/api/residents/R-1/guidance").statusCode()).isEqualTo(200);
        WebClient token = client().withToken(Role.OFFICER);
        assertThat(token.postJson("/api/residents/R-2/actions", "{}").statusCode()).isEqualTo(422);
    }

    @Test
    @DisplayName("after 3 failed sign-ins, even the right password is turned away for a while")
    void rateLimited() {
        WebClient c = client();
        c.get("/sign-in");
        fixture.accounts.put("sid", fixture.accounts.get("service_development_team"));
        for (int i = 0; i < 3; i++) {
            assertThat(c.post("/sign-in", "username", "sid", "password", "guess" + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> blocked = c.post("/sign-in", "username", "sid", "password",
                "pw-service_development_team");
        assertThat(blocked.statusCode()).isEqualTo(429);
        assertThat(blocked.body()).contains("Too many failed sign-in attempts. Wait 2 seconds and try again.");
        assertThat(blocked.headers().firstValue("Retry-After")).contains("2");
    }
}

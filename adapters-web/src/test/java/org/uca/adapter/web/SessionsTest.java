package org.uca.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.adapter.web.security.SessionCookie;
import org.uca.adapter.web.support.SettableClock;
import org.uca.adapter.web.support.WebClient;
import org.uca.adapter.web.support.WebFixture;
import org.uca.application.port.out.Role;

/**
 * Sessions and API tokens: time-outs (OWASP ASVS 3.3.2), ending them, disabled accounts, nothing stored for anonymous
 * visitors, and the cookie's {@code __Host-} prefix over HTTPS. On the in-memory store; the database's is tested in
 * adapters-persistence and, across restarts and processes, in the bootstrap's drills.
 */
class SessionsTest {

    final SettableClock clock = new SettableClock(Instant.parse("2026-11-24T09:00:00Z"));
    // Behind a TLS-terminating proxy on this machine, so its X-Forwarded-Proto: https is believed.
    final WebFixture fixture = new WebFixture(clock, Duration.ofMinutes(30), Duration.ofHours(12),
            org.uca.adapter.web.security.ClientAddress.trusting("127.0.0.1/32, ::1/128"));

    {
        fixture.app.start(0);
    }

    @AfterEach
    void stop() {
        fixture.app.stop();
    }

    WebClient client() {
        return new WebClient(fixture.app.port());
    }

    static boolean signedIn(WebClient c) {
        return c.get("/").statusCode() == 200;
    }

    @Test
    @DisplayName("anonymous visitors get no stored session: 2 000 cookieless requests, sign-in failures included,"
            + " store none")
    void anonymousRequestsStoreNothing() {
        for (int i = 0; i < 400; i++) {
            WebClient anonymous = client();
            assertThat(anonymous.get("/sign-in").statusCode()).isEqualTo(200);
            assertThat(anonymous.get("/").statusCode()).isEqualTo(303);
            assertThat(anonymous.getJson("/api/work").statusCode()).isEqualTo(401);
            assertThat(anonymous.get("/health").statusCode()).isEqualTo(200);
            if (i % 100 == 0) { // 4 failures: under the limit, so the sign-in below is not held back
                assertThat(anonymous.post("/sign-in", "username", "officer", "password", "wrong" + i).statusCode())
                        .isEqualTo(401);
            } else {
                assertThat(anonymous.get("/residents?q=Carol").statusCode()).isEqualTo(303);
            }
        }
        assertThat(fixture.sessions.size()).isZero();
        client().signIn(Role.OFFICER);
        assertThat(fixture.sessions.size()).as("a signed-in session is stored").isEqualTo(1);
    }

    @Test
    @DisplayName("the sign-in form's CSRF token, kept in no session, is bound to the browser's own signed cookie")
    void signInFormCsrfWithoutStoredSession() {
        WebClient attacker = client();
        attacker.get("/sign-in");
        WebClient victim = client();
        victim.get("/sign-in");
        assertThat(victim.post("/sign-in", "_csrf", attacker.csrf(), "username", "officer", "password", "pw-officer")
                .statusCode()).as("another browser's token").isEqualTo(403);
        WebClient forged = client();
        forged.setCookie(SessionCookie.NAME, "anon.chosen-by-attacker.not-a-signature");
        assertThat(forged.post("/sign-in", "_csrf", "anything", "username", "officer", "password", "pw-officer")
                .statusCode()).as("a forged cookie").isEqualTo(403);
        assertThat(victim.post("/sign-in", "username", "officer", "password", "pw-officer").statusCode())
                .isEqualTo(303);
    }

    @Test
    @DisplayName("OWASP ASVS 3.3.2: a session ends after 30 minutes unused")
    void idleTimeout() {
        WebClient c = client().signIn(Role.OFFICER);
        clock.advance(Duration.ofMinutes(29));
        assertThat(signedIn(c)).as("29 minutes later").isTrue();
        clock.advance(Duration.ofMinutes(29));
        assertThat(signedIn(c)).as("in use, so 29 minutes more").isTrue();
        clock.advance(Duration.ofMinutes(31));
        assertThat(signedIn(c)).as("31 minutes unused").isFalse();
    }

    @Test
    @DisplayName("OWASP ASVS 3.3.2: a session and a token end 12 hours after sign-in, however much they are used")
    void absoluteLifetime() {
        WebClient browser = client().signIn(Role.OFFICER);
        WebClient token = client().withToken(Role.OFFICER);
        for (int minutes = 0; minutes < 12 * 60 - 20; minutes += 20) {
            clock.advance(Duration.ofMinutes(20));
            assertThat(signedIn(browser)).as("after %d minutes", minutes + 20).isTrue();
            assertThat(token.getJson("/api/work").statusCode()).isEqualTo(200);
        }
        clock.advance(Duration.ofMinutes(20));
        assertThat(signedIn(browser)).as("12 hours after sign-in").isFalse();
        assertThat(token.getJson("/api/work").statusCode()).isEqualTo(401);
    }

    @Test
    @DisplayName("DELETE /api/tokens/current ends the token it is sent with, and only that one")
    void endCurrentToken() {
        WebClient token = client().withToken(Role.OFFICER);
        WebClient other = client().withToken(Role.OFFICER);
        assertThat(token.getJson("/api/work").statusCode()).isEqualTo(200);
        HttpResponse<String> ended = token.delete("/api/tokens/current");
        assertThat(ended.statusCode()).isEqualTo(200);
        assertThat(ended.body()).isEqualTo("{\"ended\":1}");
        assertThat(token.getJson("/api/work").statusCode()).isEqualTo(401);
        assertThat(token.delete("/api/tokens/current").statusCode()).isEqualTo(401);
        assertThat(other.getJson("/api/work").statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("a browser session ending itself through the API needs its CSRF token, like any change")
    void endCurrentSessionNeedsCsrf() {
        WebClient c = client().signIn(Role.OFFICER);
        assertThat(c.delete("/api/tokens/current", false).statusCode()).isEqualTo(403);
        assertThat(signedIn(c)).as("a forged request ends nothing").isTrue();
        assertThat(c.delete("/api/tokens/current", true).statusCode()).isEqualTo(200);
        assertThat(signedIn(c)).isFalse();
    }

    @Test
    @DisplayName("signing out everywhere else ends my other sessions and tokens, keeps this one, and says how many")
    void endOtherSessionsFromThePage() {
        WebClient laptop = client().signIn(Role.OFFICER);
        WebClient phone = client().signIn(Role.OFFICER);
        WebClient script = client().withToken(Role.OFFICER);
        WebClient colleague = client().signIn(Role.SERVICE_MANAGER);
        assertThat(laptop.get("/").body()).contains("Sign out everywhere else");

        assertThat(laptop.post("/sign-out-elsewhere").statusCode()).isEqualTo(303);
        assertThat(laptop.get("/").body()).contains("Signed out of 2 other sessions and tokens.");
        assertThat(signedIn(laptop)).isTrue();
        assertThat(signedIn(phone)).isFalse();
        assertThat(script.getJson("/api/work").statusCode()).isEqualTo(401);
        assertThat(signedIn(colleague)).as("someone else's session").isTrue();
    }

    @Test
    @DisplayName("DELETE /api/sessions/others ends my other sessions and tokens, keeping the one it is sent with")
    void endOtherSessionsFromTheApi() {
        WebClient browser = client().signIn(Role.OFFICER);
        WebClient script = client().withToken(Role.OFFICER);
        HttpResponse<String> ended = script.delete("/api/sessions/others");
        assertThat(ended.statusCode()).isEqualTo(200);
        assertThat(ended.body()).isEqualTo("{\"ended\":1}");
        assertThat(signedIn(browser)).isFalse();
        assertThat(script.getJson("/api/work").statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("signing in ends any earlier session in that browser: its old cookie no longer works")
    void signingInEndsTheEarlierSession() {
        WebClient c = client().signIn(Role.OFFICER);
        String earlier = c.cookie(SessionCookie.NAME);
        c.signIn(Role.SERVICE_MANAGER);
        assertThat(c.cookie(SessionCookie.NAME)).isNotEqualTo(earlier);
        assertThat(c.get("/").body()).contains("Sam Manager");
        c.setCookie(SessionCookie.NAME, earlier);
        assertThat(signedIn(c)).isFalse();
        assertThat(fixture.sessions.size()).isEqualTo(1);
    }

    @Test
    @DisplayName("a disabled account's sessions and tokens stop working at once")
    void disabledAccountRefused() {
        WebClient browser = client().signIn(Role.OFFICER);
        WebClient token = client().withToken(Role.OFFICER);
        fixture.disabled.add(fixture.staffOf.get(Role.OFFICER));
        assertThat(signedIn(browser)).isFalse();
        assertThat(token.getJson("/api/work").statusCode()).isEqualTo(401);
    }

    @Test
    @DisplayName("over HTTPS the cookie is __Host-uca_session: Secure, Path=/, no Domain; a plain-named one is ignored")
    void hostPrefixWhenSecure() throws Exception {
        WebClient c = client();
        HttpResponse<String> page = c.getWithHeaders("/sign-in", "X-Forwarded-Proto", "https");
        String cookie = page.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("__Host-uca_session=").contains("; Secure").contains("; Path=/")
                .doesNotContainIgnoringCase("Domain=");
        String signInCookie = cookie.substring(0, cookie.indexOf(';'));
        String csrf = page.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> signIn = http.send(HttpRequest.newBuilder(URI.create("http://localhost:"
                + fixture.app.port() + "/sign-in")).header("X-Forwarded-Proto", "https")
                .header("Cookie", signInCookie).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=officer&password=pw-officer&_csrf=" + csrf))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signIn.statusCode()).isEqualTo(303);
        String session = signIn.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(session).startsWith("__Host-uca_session=").contains("; Secure");
        String value = session.substring("__Host-uca_session=".length(), session.indexOf(';'));

        assertThat(home(http, "__Host-uca_session=" + value, true)).isEqualTo(200);
        assertThat(home(http, "uca_session=" + value, true)).as("plain name over HTTPS").isEqualTo(303);
    }

    int home(HttpClient http, String cookie, boolean https) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + fixture.app.port() + "/"))
                .header("Cookie", cookie);
        if (https) {
            b.header("X-Forwarded-Proto", "https");
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }
}

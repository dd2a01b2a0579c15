package org.uca.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;
import org.uca.adapter.web.support.WebClient;
import org.uca.adapter.web.support.WebFixture;
import org.uca.application.port.out.Role;

/**
 * Sign-in that resists attack (OWASP ASVS 2.2.1 anti-automation, 7.1 logging, 13.1 HTTP): attempts at once cannot
 * beat the limit, forwarding headers count only from a trusted proxy, method overrides are ignored, a NUL is a
 * field error, and the logs never hold a typed password.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInUnderAttackTest {

    static final int ALLOWED = 5;

    WebFixture fixture;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeAll
    void start() {
        // The web's clock stands still: a wait the limiter sets does not pass while the test runs.
        fixture = new WebFixture(ALLOWED, java.time.Clock.fixed(java.time.Instant.now(), java.time.ZoneOffset.UTC));
        fixture.app.start(0);
    }

    @AfterAll
    void stop() {
        fixture.app.stop();
    }

    String base() {
        return "http://localhost:" + fixture.app.port();
    }

    HttpResponse<String> token(String username, String password, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + "/api/tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\""
                        + password + "\"}"));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    @DisplayName("150 token requests at once, the right password among them after the limit: none gets in")
    void attemptsAtOnce() throws Exception {
        fixture.accounts.put("burst", fixture.accounts.get("director"));
        String right = WebFixture.password(Role.DIRECTOR);
        ExecutorService threads = Executors.newFixedThreadPool(50);
        try {
            List<Integer> first = atOnce(threads, 150, i -> token("burst", "wrong-" + i).statusCode());
            assertThat(first.stream().filter(s -> s == 401)).as("evaluated (wrong password)").hasSize(ALLOWED);
            assertThat(first.stream().filter(s -> s == 429)).hasSize(150 - ALLOWED);
            List<Integer> second = atOnce(threads, 150, i -> token("burst", i == 75 ? right : "wrong-" + i)
                    .statusCode());
            assertThat(second).as("nothing evaluated, the right password turned away too").containsOnly(429);
            System.out.println("[sign-in limiter] 150 token requests at once: " + first.stream()
                    .filter(s -> s == 401).count() + " evaluated against a limit of " + ALLOWED
                    + "; then 150 with the right password among them: " + second.stream().filter(s -> s != 429)
                    .count() + " evaluated, none signed in");
        } finally {
            threads.shutdownNow();
        }
    }

    private interface Request {
        int send(int i) throws Exception;
    }

    private static List<Integer> atOnce(ExecutorService threads, int n, Request request) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> sent = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int k = i;
            sent.add(threads.submit(() -> {
                start.await();
                return request.send(k);
            }));
        }
        start.countDown();
        List<Integer> statuses = new ArrayList<>();
        for (Future<Integer> one : sent) {
            statuses.add(one.get());
        }
        return statuses;
    }

    @Test
    @DisplayName("the API's 429 says how long to wait, in Retry-After and in the problem")
    void retryAfter() throws Exception {
        fixture.accounts.put("waiter", fixture.accounts.get("officer"));
        for (int i = 0; i < ALLOWED; i++) {
            assertThat(token("waiter", "guess" + i).statusCode()).isEqualTo(401);
        }
        HttpResponse<String> refused = token("waiter", WebFixture.password(Role.OFFICER));
        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).contains("2");
        assertThat(refused.body()).contains("Wait 2 seconds");
    }

    @Test
    @DisplayName("X-Forwarded-For from a client that is not a trusted proxy is ignored: a new one per guess does not help")
    void forwardedForIgnored() throws Exception {
        fixture.accounts.put("spoofed", fixture.accounts.get("officer"));
        for (int i = 0; i < ALLOWED; i++) {
            assertThat(token("spoofed", "guess" + i, "X-Forwarded-For", "192.0.2." + i).statusCode()).isEqualTo(401);
        }
        assertThat(token("spoofed", "guess", "X-Forwarded-For", "192.0.2.99").statusCode()).isEqualTo(429);
    }

    @Test
    @DisplayName("X-Forwarded-Proto: https from a client that is not a trusted proxy does not make the cookie Secure")
    void forwardedProtoIgnored() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(base() + "/sign-in"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().firstValue("Set-Cookie").orElseThrow()).doesNotContain("Secure");
    }

    @Test
    @DisplayName("X-HTTP-Method-Override and a _method field are ignored: a GET stays a GET, a POST a POST")
    void methodOverrideIgnored() throws Exception {
        HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create(base() + "/sign-in"))
                .header("X-HTTP-Method-Override", "POST").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(200);
        assertThat(get.body()).doesNotContain("Enter a correct username and password");
        WebClient browser = new WebClient(fixture.app.port());
        browser.get("/sign-in");
        HttpResponse<String> post = browser.post("/sign-in", "_method", "GET", "username", "officer", "password",
                "wrong");
        assertThat(post.statusCode()).isEqualTo(401);
        HttpResponse<String> healthAsGet = http.send(HttpRequest.newBuilder(URI.create(base() + "/health"))
                .header("X-HTTP-Method-Override", "GET").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(healthAsGet.statusCode()).as("a POST to /health, not the GET it claims").isNotEqualTo(200);
        assertThat(healthAsGet.body()).doesNotContain("UP");
        HttpResponse<String> asGet = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/tokens"))
                .header("X-HTTP-Method-Override", "GET").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(asGet.statusCode()).as("still a sign-in attempt").isEqualTo(401);
    }

    @Test
    @DisplayName("a NUL in a form field or a JSON field is a 422 naming the field, never a 500")
    void nulIsAFieldError() throws Exception {
        WebClient browser = new WebClient(fixture.app.port());
        browser.get("/sign-in");
        HttpResponse<String> form = browser.post("/sign-in", "username", "off\u0000icer", "password", "x");
        assertThat(form.statusCode()).isEqualTo(422);
        assertThat(form.body()).contains("href=\"#username\"").contains("cannot be stored");
        HttpResponse<String> json = token("off\\u0000icer", "x");
        assertThat(json.statusCode()).isEqualTo(422);
        assertThat(json.body()).contains("\"field\":\"username\"");
        WebClient officer = new WebClient(fixture.app.port()).signIn(Role.OFFICER);
        HttpResponse<String> search = officer.get("/residents?q=" + URLEncoder.encode("Car\u0000ol",
                StandardCharsets.UTF_8));
        assertThat(search.statusCode()).isEqualTo(422);
        assertThat(search.body()).contains("href=\"#q\"");
    }

    @Test
    @DisplayName("a problem response is UTF-8 text and says so: its curly quotes arrive as written, not as \"?\"")
    void problemResponsesAreUtf8() throws Exception {
        HttpResponse<byte[]> refused = http.send(HttpRequest.newBuilder(URI.create(base() + "/api/tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"a\\u0000b\",\"password\":\"x\"}"))
                .build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue(JsonApiTest.PROBLEM_JSON);
        assertThat(new String(refused.body(), StandardCharsets.UTF_8))
                .contains("\u201cusername\u201d contains a character that cannot be stored").doesNotContain("?username?");
    }

    @Test
    @DisplayName("usernames are logged safely: an unknown one (perhaps a password) never as typed, a control character never")
    void usernamesLoggedSafely() throws Exception {
        Logger audit = (Logger) LoggerFactory.getLogger("org.uca.audit");
        ListAppender<ILoggingEvent> lines = new ListAppender<>();
        lines.start();
        audit.addAppender(lines);
        int before = fixture.signIns.size();
        try {
            token("Correct-Horse-Battery-Staple-42", "x");
            token("officer\\n12:00:00 INFO signed in: director", "x");
            // A control character in a username never reaches sign-in now: it is refused as unstorable first.
            assertThat(token("odd\\u001b[2Jname", "x").statusCode()).isEqualTo(422);
        } finally {
            audit.detachAppender(lines);
        }
        List<String> logged = lines.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
        List<String> audited = fixture.signIns.subList(before, fixture.signIns.size());
        assertThat(logged).hasSize(2);
        for (List<String> trail : List.of(logged, audited)) {
            assertThat(trail).noneMatch(l -> l.contains("Correct-Horse") || l.contains("signed in: director")
                    || l.contains("\n") || l.contains("\u001b"));
        }
        assertThat(logged.get(0)).contains("unknown username of 31 characters");
    }
}

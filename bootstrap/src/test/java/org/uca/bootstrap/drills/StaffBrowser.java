package org.uca.bootstrap.drills;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A member of staff's browser, as far as UCA can tell: it keeps its cookies, sends the page's CSRF token back with a
 * change, says where a form came from ({@code Origin}) and follows no redirect by itself. Each answer names the
 * server that gave it (the load balancer's {@link LoadBalancer#UPSTREAM} header).
 */
final class StaffBrowser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

    /** What a server answered, and which server it was (the last the load balancer tried). */
    record Answer(int status, String body, String location, String server) {
        @Override
        public String toString() {
            return status + " from " + server + (location.isEmpty() ? "" : " to " + location) + ": "
                    + (body.length() > 300 ? body.substring(0, 300) + "…" : body);
        }
    }

    private final String base;
    private final HttpClient http;
    private String csrf = "";

    StaffBrowser(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Signs in through the sign-in form, then opens the home page; the answer is the home page's. */
    Answer signIn(String username, String password) {
        Answer form = get("/sign-in");
        Answer signedIn = send(request("/sign-in").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(Map.of("_csrf", csrfIn(form.body()),
                        "username", username, "password", password)))).build());
        if (signedIn.status() != 303 || !signedIn.location().equals("/")) {
            throw new AssertionError("not signed in: " + signedIn);
        }
        return get("/");
    }

    /** A page; the CSRF token on it is kept for the next change. */
    Answer get(String path) {
        Answer answer = send(request(path).GET().build());
        Matcher m = CSRF.matcher(answer.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return answer;
    }

    /** A change through the JSON API with this browser's session, as UCA's pages' scripts would make it. */
    Answer postJson(String path, String json) {
        return send(Api.conditional(request(path), path, p -> {
            Answer read = send(request(p).GET().build());
            return new Api.Reply(read.status(), "application/json", read.body());
        }).header("Content-Type", "application/json").header("X-CSRF-Token", csrf)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    /** A read through the JSON API with a bearer token (an API client needs no cookie). */
    Answer getJson(String path, String token) {
        return send(request(path).header("Authorization", "Bearer " + token).GET().build());
    }

    /** Whether a page answer is the sign-in page, or a redirect to it, rather than what was asked for. */
    static boolean signedOut(Answer answer) {
        return answer.location().startsWith("/sign-in") || answer.body().contains("action=\"/sign-in\"");
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30)).header("Origin", base);
    }

    private Answer send(HttpRequest request) {
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
            String upstream = r.headers().firstValue(LoadBalancer.UPSTREAM).orElse("");
            // after a failed try nginx lists every server it tried ("a, b"): the last one answered
            String server = upstream.substring(upstream.lastIndexOf(',') + 1).strip();
            return new Answer(r.statusCode(), r.body(), r.headers().firstValue("Location").orElse(""), server);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(request.method() + " " + request.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String csrfIn(String page) {
        Matcher m = CSRF.matcher(page);
        return m.find() ? m.group(1) : "";
    }

    private static String formBody(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}

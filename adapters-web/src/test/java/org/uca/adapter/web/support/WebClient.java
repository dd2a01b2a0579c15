package org.uca.adapter.web.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.uca.application.port.out.Role;

/** A test user agent: keeps cookies, never follows redirects, knows the page's CSRF token. */
public final class WebClient {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private String csrf = "";
    private String bearer;

    private final List<String[]> alwaysSent = new java.util.concurrent.CopyOnWriteArrayList<>();
    private boolean readsBeforeChanging = true;

    /** A form about a case, whose page carries the version of the case it was shown from. */
    private static final Pattern CASE_FORM = Pattern.compile("^/(cases/[^/?]+/(warning|authorise|decisions/[^/]+/"
            + "(informed|appeal|review|lift)|appeals/[^/]+/decide"
            + "|(actions|warnings|decisions)/[^/]+/(entered-in-error|amend)|correspondence(/[^/]+/screening)?)"
            + "|residents/[^/?]+/(record-action|adjustments))$");
    private static final Pattern CONTACT_FORM = Pattern.compile("^(/residents/[^/?]+)/contact$");
    private static final Pattern VERSION_FIELD = Pattern.compile("name=\"caseVersion\" value=\"(\\d+)\"");
    private static final Pattern CASE_CHANGE = Pattern.compile("^/api/cases/([^/?]+)/(warnings|decisions"
            + "|decisions/[^/]+/(informed|appeals|reviews|lift)|appeals/[^/]+/decision"
            + "|correspondence|correspondence/[^/]+/screening)$");
    private static final Pattern RESIDENT_CHANGE = Pattern.compile(
            "^/api/residents/([^/?]+)/(actions|contacts|needs)$");

    public WebClient(int port) {
        this.base = "http://localhost:" + port;
        this.http = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    public String csrf() {
        return csrf;
    }

    /** The value of the cookie of this name the client holds, or null. */
    public String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(java.net.HttpCookie::getValue).findFirst().orElse(null);
    }

    /** Replaces the cookie of this name (a browser that kept an old value, say). */
    public void setCookie(String name, String value) {
        cookies.getCookieStore().removeAll();
        java.net.HttpCookie cookie = new java.net.HttpCookie(name, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(base), cookie);
    }

    /** The bearer token it sends, if any. */
    public String token() {
        return bearer;
    }

    /** A DELETE, with the bearer token if it has one, else the page's CSRF token in X-CSRF-Token. */
    public HttpResponse<String> delete(String path) {
        return delete(path, true);
    }

    /** A DELETE from a browser session, with or without its CSRF token (or with the bearer token if it has one). */
    public HttpResponse<String> delete(String path, boolean withCsrf) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).DELETE();
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        } else if (withCsrf) {
            b.header("X-CSRF-Token", csrf);
        }
        return send(b);
    }

    /** A request with extra headers (name, value, …), cookies as usual. */
    public HttpResponse<String> getWithHeaders(String path, String... headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return send(b);
    }

    public HttpResponse<String> get(String path) {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        Matcher m = CSRF.matcher(response.body());
        if (m.find()) {
            csrf = m.group(1);
        }
        return response;
    }

    /** A file, as bytes. */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().timeout(Duration.ofSeconds(20))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * From now on, sends changes as given: a form without the version of the case its page showed, an API change
     * without If-Match, unless the test gives them.
     */
    public WebClient withoutReadingFirst() {
        readsBeforeChanging = false;
        return this;
    }

    /**
     * Posts a form with the page's CSRF token (unless one is given among the fields). A form about a case is sent,
     * as a browser sends it, with the version of the case its page shows now (unless the test gives one).
     */
    public HttpResponse<String> post(String path, String... namesAndValues) {
        List<String> pairs = new ArrayList<>();
        boolean hasToken = false;
        boolean hasVersion = false;
        for (int i = 0; i < namesAndValues.length; i += 2) {
            hasToken |= namesAndValues[i].equals("_csrf");
            hasVersion |= namesAndValues[i].equals("caseVersion");
            pairs.add(enc(namesAndValues[i]) + "=" + enc(namesAndValues[i + 1]));
        }
        if (!hasVersion && readsBeforeChanging) {
            formVersion(path).ifPresent(v -> pairs.add("caseVersion=" + v));
        }
        if (!hasToken) {
            pairs.add("_csrf=" + enc(csrf));
        }
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs))));
    }

    /** Posts a file as a browser's upload form does (multipart/form-data), with the page's CSRF token. */
    public HttpResponse<String> postFile(String path, String field, String fileName, byte[] content) {
        String boundary = "uca-test-" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                + fileName + "\"\r\nContent-Type: text/csv\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    /**
     * Posts JSON. A change to a case is sent, as a careful client sends it, with the case's ETag from reading it
     * just before as If-Match (or If-None-Match: * for a resident with no case yet), unless the test sends one.
     */
    public HttpResponse<String> postJson(String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type",
                "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        boolean conditional = alwaysSent.stream().anyMatch(h -> h[0].equalsIgnoreCase("If-Match")
                || h[0].equalsIgnoreCase("If-None-Match"));
        if (!conditional && readsBeforeChanging) {
            precondition(path).ifPresent(h -> b.header(h[0], h[1]));
        }
        return send(b);
    }

    private java.util.Optional<String> formVersion(String path) {
        Matcher contact = CONTACT_FORM.matcher(path);
        String page = contact.matches() ? contact.group(1) : CASE_FORM.matcher(path).matches() ? path : null;
        if (page == null) {
            return java.util.Optional.empty();
        }
        Matcher m = VERSION_FIELD.matcher(get(page).body());
        return m.find() ? java.util.Optional.of(m.group(1)) : java.util.Optional.empty();
    }

    private java.util.Optional<String[]> precondition(String path) {
        Matcher onCase = CASE_CHANGE.matcher(path);
        if (onCase.matches()) {
            return etagOf(onCase.group(1)).map(tag -> new String[] {"If-Match", tag});
        }
        Matcher onResident = RESIDENT_CHANGE.matcher(path);
        if (!onResident.matches()) {
            return java.util.Optional.empty();
        }
        HttpResponse<String> found = getJson("/api/residents?q=" + enc(onResident.group(1)));
        Matcher caseId = Pattern.compile("\\{\"id\":\"" + Pattern.quote(onResident.group(1))
                + "\",[^}]*\"caseId\":(null|\"([^\"]+)\")").matcher(found.body());
        if (found.statusCode() != 200 || !caseId.find()) {
            return java.util.Optional.empty();
        }
        return caseId.group(2) == null ? java.util.Optional.of(new String[] {"If-None-Match", "*"})
                : etagOf(caseId.group(2)).map(tag -> new String[] {"If-Match", tag});
    }

    private java.util.Optional<String> etagOf(String caseId) {
        HttpResponse<String> read = getJson("/api/cases/" + caseId);
        return read.statusCode() == 200 ? read.headers().firstValue("ETag") : java.util.Optional.empty();
    }

    /** Posts these bytes as the body, of this content type (none: no Content-Type header), with the bearer token. */
    public HttpResponse<String> postBytes(String path, String contentType, byte[] content) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path))
                .POST(HttpRequest.BodyPublishers.ofByteArray(content));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return send(b);
    }

    public HttpResponse<String> putJson(String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type",
                "application/json").PUT(HttpRequest.BodyPublishers.ofString(json));
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return send(b);
    }

    /** Sends this header with every request from now on (as a proxy in front of UCA would add it). */
    public WebClient withHeader(String name, String value) {
        alwaysSent.add(new String[] {name, value});
        return this;
    }

    /** Sends this bearer token (a machine credential's secret, say) from now on. */
    public WebClient withBearer(String token) {
        bearer = token;
        return this;
    }

    public HttpResponse<String> getJson(String path) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (bearer != null) {
            b.header("Authorization", "Bearer " + bearer);
        }
        return send(b);
    }

    public WebClient signIn(Role role) {
        return signIn(WebFixture.username(role), WebFixture.password(role));
    }

    public WebClient signIn(String username, String password) {
        get("/sign-in");
        HttpResponse<String> r = post("/sign-in", "username", username, "password", password);
        if (r.statusCode() != 303) {
            throw new IllegalStateException("sign-in failed: " + r.statusCode());
        }
        get("/");
        return this;
    }

    public WebClient withToken(Role role) {
        HttpResponse<String> r = postJson("/api/tokens", "{\"username\":\"" + WebFixture.username(role)
                + "\",\"password\":\"" + WebFixture.password(role) + "\"}");
        Matcher m = Pattern.compile("\"token\":\"([^\"]+)\"").matcher(r.body());
        if (!m.find()) {
            throw new IllegalStateException("no token: " + r.body());
        }
        bearer = m.group(1);
        return this;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        for (String[] header : alwaysSent) {
            request.header(header[0], header[1]);
        }
        try {
            return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}

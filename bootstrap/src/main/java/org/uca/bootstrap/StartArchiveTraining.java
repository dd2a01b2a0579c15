package org.uca.bootstrap;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A short start of UCA that uses it a little and stops, so that the JVM running it with
 * {@code -XX:ArchiveClassesAtExit=uca.jsa} records the classes a real start and its first requests load (an AppCDS
 * archive: later starts with {@code -XX:SharedArchiveFile=uca.jsa} map them instead of loading them from the jar,
 * about half the start-up CPU). The build runs it on the freshly built {@code uca.jar} ({@code bootstrap/pom.xml}).
 *
 * <p>It never reads UCA's configuration: it runs on the embedded H2 database in a new temporary directory, with the
 * demo data, on a free port of the loopback interface, and deletes the directory before it returns, so it cannot
 * touch a landlord's database or leave one behind. The requests are those of a working day's first minutes: the
 * health check, the static files, signing in, the home, search, guidance and case pages, and the JSON API's token,
 * guidance, case, work and monitoring answers. Any answer but the expected one fails the training (and the build).
 */
final class StartArchiveTraining {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern CASE_LINK = Pattern.compile("/cases/([0-9a-f-]{36})");
    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");
    private static final String RESIDENT = "R-1003";

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    private final List<String> failures = new ArrayList<>();
    private String base;

    /** Runs the training; returns what went wrong (nothing when every request was answered as expected). */
    static List<String> run() throws IOException {
        Path data = Files.createTempDirectory("uca-start-archive-");
        try {
            return new StartArchiveTraining().exercise(data);
        } finally {
            deleteAll(data);
        }
    }

    private List<String> exercise(Path data) {
        Configuration configuration = Configuration.from(Map.of("UCA_PORT", "0", "UCA_DATA_DIR", data.toString()),
                new Properties());
        Main.Running running = Main.start(configuration, true);
        try {
            base = "http://127.0.0.1:" + running.port();
            for (String file : List.of("/health", "/static/uca.css", "/static/uca.js", "/static/print.css",
                    "/govuk/govuk-frontend.min.css", "/govuk/govuk-frontend.min.js", "/favicon.ico")) {
                expect(200, get(file, null));
            }
            api(pages());
        } finally {
            running.stop();
        }
        return List.copyOf(failures);
    }

    /** The pages; returns the id of the case the guidance page links to. */
    private String pages() {
        String csrf = first(CSRF, expect(200, get("/sign-in", null)));
        expect(303, send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form("username", "officer", "password",
                        DemoData.LOGINS.get("officer"), "_csrf", csrf)))));
        String home = expect(200, get("/", null));
        expect(200, get("/residents?q=Shah", null));
        String guidance = expect(200, get("/residents/" + RESIDENT, null));
        String caseId = first(CASE_LINK, guidance + home);
        if (caseId == null) {
            failures.add("the guidance page of " + RESIDENT + " links to no case");
        } else {
            expect(200, get("/cases/" + caseId, null));
        }
        return caseId;
    }

    private void api(String caseId) {
        String officer = token("officer");
        for (int i = 0; i < 20; i++) { // the hot path, often enough for its classes and first compilations
            expect(200, get("/api/residents/" + RESIDENT + "/guidance", officer));
        }
        if (caseId != null) {
            expect(200, get("/api/cases/" + caseId, officer));
        }
        expect(200, get("/api/residents?q=Shah", officer));
        expect(200, get("/api/work", officer));
        expect(200, get("/api/openapi.json", officer));
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London"));
        expect(200, get("/api/monitoring?from=" + today.minusYears(1) + "&to=" + today, token("sdt")));
    }

    private String token(String username) {
        String body = expect(201, send(HttpRequest.newBuilder(URI.create(base + "/api/tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"" + username + "\",\"password\":\""
                        + DemoData.LOGINS.get(username) + "\"}"))));
        return first(TOKEN, body);
    }

    private HttpResponse<String> get(String path, String bearer) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (bearer != null) {
            request.header("Authorization", "Bearer " + bearer);
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException("UCA did not answer during the start archive's training", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during the start archive's training", e);
        }
    }

    /** The body, after noting a failure when the status is not the expected one. */
    private String expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            failures.add(response.request().method() + " " + response.request().uri().getPath() + " answered "
                    + response.statusCode() + ", not " + status);
        }
        return response.body();
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    private static String form(String... namesAndValues) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.append(i == 0 ? "" : "&").append(namesAndValues[i]).append('=')
                    .append(URLEncoder.encode(namesAndValues[i + 1] == null ? "" : namesAndValues[i + 1],
                            StandardCharsets.UTF_8));
        }
        return body.toString();
    }

    private static void deleteAll(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}

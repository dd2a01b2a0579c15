package org.uca.bootstrap.drills;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

/**
 * Sign-in and personal data, the real UCA over HTTP on each database: the attempt limit holds for attempts at once
 * (counted in the database), a NUL in a field is a field error on PostgreSQL as on H2, and a race on a resident's
 * first case leaves no incident text in the log (UK GDPR: no personal data in logs).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class SignInAndPersonalData {

    static final int ALLOWED = 5;
    static final int AT_ONCE = 150;

    String url;
    RunningUca uca;
    Api api;

    /** The database's JDBC URL (user postgres on PostgreSQL, none on H2). */
    abstract String freshDatabase();

    abstract String user();

    @BeforeAll
    void start() {
        url = freshDatabase();
        uca = RunningUca.start(Map.of("UCA_JDBC_URL", url, "UCA_DB_USER", user()));
        api = new Api(uca.base);
    }

    @AfterAll
    void stop() {
        if (uca != null) {
            uca.close();
        }
    }

    private static <T> List<T> atOnce(int n, java.util.function.IntFunction<T> request) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(Math.min(n, 50));
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> sent = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                sent.add(threads.submit(() -> {
                    start.await();
                    return request.apply(k);
                }));
            }
            start.countDown();
            List<T> replies = new ArrayList<>();
            for (Future<T> one : sent) {
                replies.add(one.get());
            }
            return replies;
        } finally {
            threads.shutdownNow();
        }
    }

    private int token(String username, String password) {
        return api.post("/api/tokens", null, Map.of("username", username, "password", password)).status();
    }

    @Test
    @DisplayName("150 token requests at once: no more than the limit evaluated; once it is reached, the right password does not get in")
    void attemptLimitHoldsAtOnce() throws Exception {
        long started = System.nanoTime();
        List<Integer> first = atOnce(AT_ONCE, i -> token("manager", "wrong-guess-" + i));
        double seconds = (System.nanoTime() - started) / 1e9;
        long evaluated = first.stream().filter(s -> s == 401).count();
        // After the 5 allowed, each further attempt waits 2, 4, 8 … s after the last failure: while the burst ran,
        // at most that many more waits can have passed.
        int mayHavePassed = 0;
        for (double waited = 2; waited <= seconds; waited += Math.pow(2, mayHavePassed + 1)) {
            mayHavePassed++; // the waits after the 5th, 6th, 7th … failure: 2, 4, 8 … s
        }
        System.out.printf("[drill] sign-in limiter on " + getClass().getSimpleName() + ": %d of %d attempts at once evaluated (limit %d;"
                + " the burst took %.1f s); statuses %s%n", evaluated, AT_ONCE, ALLOWED, seconds,
                first.stream().collect(java.util.stream.Collectors.groupingBy(s -> s,
                        java.util.TreeMap::new, java.util.stream.Collectors.counting())));
        // 429: turned away by the limiter; 503: no database connection free within 2.5 s for the burst (also not
        // evaluated). Never a 201.
        assertThat(first).isSubsetOf(401, 429, 503);
        assertThat(evaluated).isBetween((long) ALLOWED, (long) ALLOWED + mayHavePassed);

        // The counts as ten failures a moment ago leave them (a wait of 64 s): the right password among 150 guesses.
        try (Connection c = Tables.open(url, user());
                PreparedStatement account = c.prepareStatement("update staff_account set failed_sign_ins = 10,"
                        + " last_failed_sign_in_at = ? where username = 'manager'");
                PreparedStatement pairs = c.prepareStatement("update sign_in_throttle set failures = 10,"
                        + " last_failure_at = ? where throttle_key like 'pair:%' and failures >= 5")) {
            OffsetDateTime now = OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
            account.setObject(1, now);
            pairs.setObject(1, now);
            assertThat(account.executeUpdate()).isEqualTo(1);
            assertThat(pairs.executeUpdate()).as("the burst's pair, keyed by an HMAC of the username").isEqualTo(1);
            try (PreparedStatement typed = c.prepareStatement(
                    "select count(*) from sign_in_throttle where throttle_key like '%manager%'");
                    java.sql.ResultSet rows = typed.executeQuery()) {
                assertThat(rows.next() && rows.getInt(1) == 0).as("no typed username is stored").isTrue();
            }
        }
        List<Integer> second = atOnce(AT_ONCE, i -> token("manager", i == 99 ? "demo-manager-pass" : "wrong-" + i));
        assertThat(second).as("every attempt turned away, the right one too").isSubsetOf(429, 503).contains(429);
    }

    @Test
    @DisplayName("a NUL in a form field, a JSON field or a search is a 422 naming the field on PostgreSQL, never a 500")
    void nulIsAFieldError() {
        String officer = api.token("officer", "demo-officer-pass");
        BadInputCorpusDrillTest.Browser browser = BadInputCorpusDrillTest.Browser.signIn(uca.base, "officer",
                "demo-officer-pass");
        Map<String, Api.Reply> replies = new LinkedHashMap<>();
        replies.put("username", api.post("/api/tokens", null, Map.of("username", "offi\u0000cer", "password", "x")));
        replies.put("whatHappened", api.post("/api/residents/R-1005/actions", officer, Map.of("kind", "VERBAL_ABUSE",
                "affected", List.of("STAFF"), "occurredAt", Instant.now().minusSeconds(60).toString(), "channel",
                "PHONE", "whatHappened", "Shouted\u0000at the officer.")));
        replies.put("q", api.get("/api/residents?q=" + URLEncoder.encode("Wal\u0000sh", StandardCharsets.UTF_8),
                officer));
        for (var reply : replies.entrySet()) {
            assertThat(reply.getValue().status()).as(reply.getKey() + ": " + reply.getValue()).isEqualTo(422);
            assertThat(reply.getValue().body()).as(reply.getKey()).contains("\"field\":\"" + reply.getKey() + "\"");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("kind", "VERBAL_ABUSE");
        form.put("affected", "STAFF");
        form.put("channel", "PHONE");
        form.put("whatHappened", "Shouted\u0000at the officer.");
        Api.Reply page = Api.send(browser.post("/residents/R-1005/record-action", form, browser.csrf()));
        assertThat(page.status()).as(page.toString()).isEqualTo(422);
        assertThat(page.body()).contains("#whatHappened");
        Api.Reply search = Api.send(HttpRequest.newBuilder(URI.create(uca.base + "/residents?q="
                + URLEncoder.encode("Wal\u0000sh", StandardCharsets.UTF_8))).header("Cookie", browser.cookie())
                .GET().build());
        assertThat(search.status()).as(search.toString()).isEqualTo(422);
    }

    @Test
    @DisplayName("a C1 control character, DEL or a lone surrogate is a 422 naming the field, and so is an invisible"
            + " character that could disguise a letter, on PostgreSQL as on H2; never a 500")
    void otherCharactersAreFieldErrors() {
        String officer = api.token("officer", "demo-officer-pass");
        for (String escaped : List.of("\\u0085", "\\u009b", "\\u007f", "\\ud800", "\\u202e", "\\u200b")) {
            Api.Reply reply = api.postRaw("/api/residents/R-1005/actions", officer, "application/json",
                    "{\"kind\":\"VERBAL_ABUSE\",\"affected\":[\"STAFF\"],\"occurredAt\":\""
                            + Instant.now().minusSeconds(60) + "\",\"channel\":\"PHONE\",\"whatHappened\":\"Shouted "
                            + escaped + "at the officer.\"}");
            assertThat(reply.status()).as(escaped + ": " + reply).isEqualTo(422);
            assertThat(reply.body()).as(escaped).contains("\"field\":\"whatHappened\"");
        }
    }

    @Test
    @DisplayName("a NUL in the residents file, uploaded (multipart) or confirmed, is a field error naming line and"
            + " column on PostgreSQL as on H2, never a 500")
    void nulInTheResidentsFileIsAFieldError() {
        HttpRequest signInPage = HttpRequest.newBuilder(URI.create(uca.base + "/sign-in")).GET().build();
        java.net.http.HttpResponse<String> start = raw(signInPage);
        String cookie = sessionCookie(start);
        java.net.http.HttpResponse<String> signedIn = raw(HttpRequest.newBuilder(
                URI.create(uca.base + "/sign-in")).header("Cookie", cookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=admin&password=demo-admin-pass&_csrf="
                        + URLEncoder.encode(csrf(start.body()), StandardCharsets.UTF_8))).build());
        assertThat(signedIn.statusCode()).isEqualTo(303);
        String session = sessionCookie(signedIn);
        String token = csrf(raw(HttpRequest.newBuilder(URI.create(uca.base + "/residents/import"))
                .header("Cookie", session).GET().build()).body());
        String header = "reference,name,address_line_1,postcode,tenancy_start\n";
        byte[] upload = (header + "R-9\u000001,Dara Quinn,8 Beck Street,LS6 2AA,2020-03-02\n")
                .getBytes(StandardCharsets.UTF_8);
        String boundary = "drill-" + UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token
                + "\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"x.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(upload);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        Api.Reply uploaded = Api.send(HttpRequest.newBuilder(URI.create(uca.base + "/residents/import"))
                .header("Cookie", session).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(422);
        assertThat(uploaded.body()).contains("line 2, reference: contains a character that cannot be stored");

        // The confirm step takes the file back in a urlencoded form: the same check, whatever came back.
        byte[] confirmed = (header + "R-9001,Dara\u0000Quinn,8 Beck Street,LS6 2AA,2020-03-02\n")
                .getBytes(StandardCharsets.UTF_8);
        String digest;
        try {
            digest = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(confirmed));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        Api.Reply confirm = Api.send(HttpRequest.newBuilder(URI.create(uca.base + "/residents/import/confirm"))
                .header("Cookie", session).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8)
                        + "&fileName=x.csv&sha256=" + digest + "&file=" + URLEncoder.encode(
                                java.util.Base64.getEncoder().encodeToString(confirmed), StandardCharsets.UTF_8)))
                .build());
        assertThat(confirm.status()).as(confirm.toString()).isEqualTo(422);
        assertThat(confirm.body()).contains("line 2, name: contains a character that cannot be stored");
    }

    private static java.net.http.HttpResponse<String> raw(HttpRequest request) {
        try {
            return Api.HTTP.send(request, java.net.http.HttpResponse.BodyHandlers.ofString());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String sessionCookie(java.net.http.HttpResponse<String> r) {
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("uca_session="))
                .map(c -> c.substring(0, c.indexOf(';'))).reduce((a, b) -> b)
                .orElseThrow(() -> new IllegalStateException("no session cookie"));
    }

    private static String csrf(String html) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
                .matcher(html);
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return m.group(1);
    }

    static final List<String> RESIDENTS = List.of("R-1006", "R-1007", "R-1008", "R-1009", "R-1010");

    @Test
    @DisplayName("first cases for one resident recorded at once: one is kept, the rest are conflicts, and no incident text reaches the log")
    void noIncidentTextInTheLog() throws Exception {
        String officer = api.token("officer", "demo-officer-pass");
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        productionLogging(logging); // not the tests' logback-test.xml, which keeps Hibernate quieter
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.setContext(logging);
        log.start();
        ch.qos.logback.classic.Logger root = logging.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(log);
        String marker = "incident-" + UUID.randomUUID();
        List<Integer> statuses = new ArrayList<>();
        try {
            for (String resident : RESIDENTS) {
                statuses.addAll(atOnce(8, i -> api.post("/api/residents/" + resident + "/actions", officer,
                        Map.of("kind", "VERBAL_ABUSE", "affected", List.of("STAFF"), "occurredAt",
                                Instant.now().minusSeconds(60).toString(), "channel", "PHONE", "whatHappened",
                                "Shouted at the officer in the lobby (" + marker + " " + i + ")"))
                        .status()));
            }
        } finally {
            root.detachAppender(log);
            logging.reset();
            new ch.qos.logback.classic.util.ContextInitializer(logging).autoConfig();
        }
        System.out.println("[drill] first cases at once on " + getClass().getSimpleName() + ": statuses "
                + statuses + "; "
                + log.list.size() + " log events");
        // Each saw no case (If-None-Match: *): the first opens it; the rest are stale (412), or lose the race to
        // open it at the same moment (409).
        assertThat(statuses).as("the race happened").containsAnyOf(409, 412);
        assertThat(statuses).isSubsetOf(201, 409, 412);
        for (ILoggingEvent event : log.list) {
            if (event.getLoggerName().startsWith("io.zonky")) {
                continue; // the test's PostgreSQL server's own log, relayed: the database's, not UCA's
            }
            assertThat(text(event)).as("log event from %s", event.getLoggerName()).doesNotContain(marker)
                    .doesNotContain("Shouted at the officer").doesNotContain(RESIDENTS.toArray(String[]::new));
        }
    }

    /** UCA's own logging, as {@code uca.jar} sets it up when no file is given ({@code UcaLogging}). */
    private static void productionLogging(LoggerContext logging) throws ReflectiveOperationException {
        logging.reset();
        java.lang.reflect.Method toConsole = Class.forName("org.uca.bootstrap.UcaLogging")
                .getDeclaredMethod("toConsole", LoggerContext.class);
        toConsole.setAccessible(true);
        toConsole.invoke(null, logging);
    }

    private static String text(ILoggingEvent event) {
        StringBuilder all = new StringBuilder(event.getFormattedMessage());
        for (IThrowableProxy t = event.getThrowableProxy(); t != null; t = t.getCause()) {
            all.append('\n').append(t.getClassName()).append(": ").append(t.getMessage());
            for (IThrowableProxy suppressed : t.getSuppressed()) {
                all.append('\n').append(suppressed.getMessage());
            }
        }
        return all.toString();
    }
}

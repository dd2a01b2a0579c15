package org.uca.bootstrap.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uca.adapter.persistence.DatabaseSettings;
import org.uca.adapter.persistence.SharedPostgres;

/**
 * Drill: sessions and API tokens kept in the database. A landlord relies on staff staying signed in when UCA is
 * restarted, and on any of several UCA processes on one PostgreSQL serving them; and on a stolen copy of the table
 * giving no one a session.
 */
@DisplayName("Drill: sessions that survive a restart and are shared by two UCA processes")
class SessionsDrillTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** A browser that holds one session cookie, and may be sent to either server (as a load balancer would). */
    static final class Browser {
        String cookie = "";
        String csrf = "";

        HttpResponse<String> get(String base, String path) {
            HttpResponse<String> r = send(HttpRequest.newBuilder(URI.create(base + path)).GET());
            Matcher m = CSRF.matcher(r.body());
            if (m.find()) {
                csrf = m.group(1);
            }
            return r;
        }

        HttpResponse<String> post(String base, String path, String form) {
            return send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + enc(csrf))));
        }

        Browser signIn(String base, String username, String password) {
            get(base, "/sign-in");
            HttpResponse<String> r = post(base, "/sign-in", "username=" + enc(username) + "&password=" + enc(password));
            assertThat(r.statusCode()).as("sign-in as " + username).isEqualTo(303);
            get(base, "/");
            return this;
        }

        boolean signedIn(String base) {
            return get(base, "/").statusCode() == 200;
        }

        /** The session id: the cookie's value before its signature. */
        String sessionId() {
            String value = cookie.substring(cookie.indexOf('=') + 1);
            return value.substring(0, value.indexOf('.'));
        }

        private HttpResponse<String> send(HttpRequest.Builder request) {
            if (!cookie.isEmpty()) {
                request.header("Cookie", cookie);
            }
            try {
                HttpResponse<String> r = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                        HttpResponse.BodyHandlers.ofString());
                r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("uca_session="))
                        .forEach(c -> cookie = c.substring(0, c.indexOf(';')));
                return r;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }

    @Test
    @DisplayName("a signed-in browser and an API token still work after UCA is stopped and started on the same H2"
            + " folder, with no UCA_SESSION_SECRET set; the table holds only hashes of the ids")
    void survivesARestart(@TempDir Path dir) throws Exception {
        Map<String, String> store = Map.of("UCA_DATA_DIR", dir.resolve("data").toString());
        Browser browser = new Browser();
        String token;
        try (RunningUca first = RunningUca.start(store)) {
            browser.signIn(first.base, "officer", "demo-officer-pass");
            token = new Api(first.base).token("manager", "demo-manager-pass");
        }
        try (RunningUca second = RunningUca.start(store)) {
            assertThat(browser.signedIn(second.base)).as("the browser, after the restart").isTrue();
            assertThat(new Api(second.base).get("/api/work", token).status()).as("the token").isEqualTo(200);
        }

        DatabaseSettings h2 = DatabaseSettings.h2File(dir.resolve("data"));
        List<String> stored = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(h2.jdbcUrl(), h2.user(), h2.password());
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select * from uca_session")) {
            while (r.next()) {
                for (int i = 1; i <= r.getMetaData().getColumnCount(); i++) {
                    stored.add(String.valueOf(r.getObject(i)));
                }
            }
        }
        String id = browser.sessionId();
        String tokenId = token.substring(0, token.indexOf('.'));
        assertThat(String.join(" ", stored)).as("no session id in the table").doesNotContain(id)
                .doesNotContain(tokenId);
        assertThat(stored).as("the SHA-256 of each id").contains(sha256(id), sha256(tokenId));
    }

    @Test
    @DisplayName("two UCA processes on one PostgreSQL share sessions: signed in on one, working on the other; a"
            + " message after a change shown by the other; signed out or disabled on one, refused on both at once")
    void sharedByTwoProcesses() throws Exception {
        String url = SharedPostgres.freshDatabase().jdbcUrl();
        Map<String, String> store = Map.of("UCA_JDBC_URL", url, "UCA_DB_USER", "postgres");
        try (RunningUca a = RunningUca.start(store); RunningUca b = RunningUca.start(store)) {
            Browser officer = new Browser().signIn(a.base, "officer", "demo-officer-pass");
            assertThat(officer.signedIn(b.base)).as("signed in on A, working on B").isTrue();

            Browser laptop = new Browser().signIn(b.base, "manager", "demo-manager-pass");
            Browser phone = new Browser().signIn(a.base, "manager", "demo-manager-pass");
            assertThat(laptop.post(b.base, "/sign-out-elsewhere", "x=1").statusCode()).isEqualTo(303);
            assertThat(laptop.get(a.base, "/").body()).as("B's message, shown by A")
                    .contains("Signed out of 1 other session or token.");
            assertThat(phone.signedIn(b.base)).isFalse();
            assertThat(phone.signedIn(a.base)).isFalse();
            assertThat(laptop.signedIn(b.base)).isTrue();

            String token = new Api(a.base).token("officer", "demo-officer-pass");
            assertThat(new Api(b.base).get("/api/work", token).status()).isEqualTo(200);
            try (Connection c = DriverManager.getConnection(url, "postgres", "");
                    PreparedStatement s = c.prepareStatement(
                            "update staff_account set disabled_at = now() where username = ?")) {
                s.setString(1, "officer");
                assertThat(s.executeUpdate()).isEqualTo(1);
            }
            assertThat(officer.signedIn(a.base)).as("disabled: refused on A").isFalse();
            assertThat(officer.signedIn(b.base)).as("disabled: refused on B").isFalse();
            assertThat(new Api(b.base).get("/api/work", token).status()).as("the token too").isEqualTo(401);
        }
    }

    @Test
    @DisplayName("1 000 cookieless requests from anonymous visitors store no session")
    void anonymousVisitorsStoreNothing() throws Exception {
        String url = RunningUca.h2Url("drill-anonymous-" + java.util.UUID.randomUUID());
        try (RunningUca uca = RunningUca.start(Map.of("UCA_JDBC_URL", url))) {
            for (int i = 0; i < 250; i++) {
                Browser anonymous = new Browser();
                assertThat(anonymous.get(uca.base, "/sign-in").statusCode()).isEqualTo(200);
                assertThat(anonymous.get(uca.base, "/").statusCode()).isEqualTo(303);
                assertThat(anonymous.get(uca.base, "/residents?q=a").statusCode()).isEqualTo(303);
                assertThat(new Api(uca.base).get("/api/work", null).status()).isEqualTo(401);
            }
            assertThat(sessionsIn(url)).isZero();
            new Browser().signIn(uca.base, "officer", "demo-officer-pass");
            assertThat(sessionsIn(url)).as("one signed-in session").isEqualTo(1);
        }
    }

    private static long sessionsIn(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "", ""); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select count(*) from uca_session")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String sha256(String id) throws Exception {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8)));
    }
}

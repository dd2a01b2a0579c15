package org.uca.bootstrap.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Drill: a corpus of malformed, hostile and mistaken requests against the JSON API and the staff forms. A landlord
 * relies on none of them changing a case or crashing UCA: each gets a 4xx (naming the field at fault where a field is
 * at fault), and the database is unchanged except for the audit entries of the refusals.
 *
 * <p>The corpus is generated from the tables in {@link #corpus}: an endpoint with a valid body, and for each field the
 * bad values to put there (or {@link #MISSING}). Add a row to extend it.
 */
@DisplayName("Drill: a corpus of bad input")
class BadInputCorpusDrillTest {

    /** Put in place of a value to leave the field out. */
    /** A form posted without any session: the browser is sent to sign in (303), as for any page. */
    static final String SIGN_IN_FIRST = "(sent to sign in)";

    static final Object MISSING = new Object() {
        @Override
        public String toString() {
            return "(missing)";
        }
    };

    static final String LONG_TEXT = "x".repeat(4001);
    static final String LONG_LABEL = "y".repeat(201);
    static final List<Object> BAD_TEXT = List.of(MISSING, "", "   ", LONG_TEXT, "nul\u0000byte", "bell\u0007and escape\u001b[2J");
    static final List<String> INJECTIONS = List.of("'; DROP TABLE uca_case; --", "\" OR \"1\"=\"1",
            "<script>alert('x')</script>", "<img src=x onerror=alert(1)>", "../../../../etc/passwd",
            "${jndi:ldap://localhost/x}", "1; SELECT pg_sleep(10)");

    /** One request to make, and what must come back. */
    record Probe(String description, HttpRequest request, String expectedField, boolean form) {
    }

    /** A JSON endpoint, who calls it, a valid body, and for each field the bad values. */
    record JsonEndpoint(String path, String login, Map<String, Object> valid, Map<String, Object> bad) {
    }

    private String officer;
    private String manager;
    private String director;
    private String sdt;

    @Test
    @DisplayName("every request gets a 4xx naming the field at fault, never a 5xx, and only audit entries change")
    void badInputNeverChangesACaseOrCrashesUca() throws Exception {
        String url = RunningUca.h2Url("drill-corpus-" + UUID.randomUUID());
        try (RunningUca uca = RunningUca.start(Map.of("UCA_JDBC_URL", url))) {
            Api api = new Api(uca.base);
            officer = api.token("officer", "demo-officer-pass");
            manager = api.token("manager", "demo-manager-pass");
            director = api.token("director", "demo-director-pass");
            sdt = api.token("sdt", "demo-sdt-pass");
            String walsh = caseOf(api, "Walsh");
            String clarke = caseOf(api, "Clarke");
            String byrne = caseOf(api, "Byrne");
            Browser officerBrowser = Browser.signIn(uca.base, "officer", "demo-officer-pass");
            Browser managerBrowser = Browser.signIn(uca.base, "manager", "demo-manager-pass");

            List<Probe> probes = new ArrayList<>();
            for (JsonEndpoint e : corpus(walsh, clarke, byrne)) {
                probes.addAll(jsonProbes(api, e));
            }
            probes.addAll(wholeRequestProbes(api, walsh, clarke));
            probes.addAll(formProbes(officerBrowser, managerBrowser, walsh, clarke));

            // the logs, and the pseudonymous references their lines about a resident without a case are kept under
            Set<String> logs = Set.of("audit_entry", "access_entry", "resident_reference");
            Map<String, String> before = Tables.digest(url, "", logs);
            long auditBefore = Tables.count(url, "", "select count(*) from audit_entry");
            Map<Integer, Integer> statuses = new java.util.TreeMap<>();
            List<String> wrong = new ArrayList<>();
            int retried = 0;
            for (Probe p : probes) {
                Api.Reply reply;
                try {
                    reply = Api.send(p.request());
                } catch (java.io.UncheckedIOException closedConnection) {
                    // After a 400 for a malformed path (e.g. %00) Jetty closes the connection; the client may already
                    // have picked that pooled connection for the next probe. Send it once more on a fresh client.
                    retried++;
                    reply = Api.sendOn(java.net.http.HttpClient.newBuilder().followRedirects(
                            java.net.http.HttpClient.Redirect.NEVER).build(), p.request());
                }
                statuses.merge(reply.status(), 1, Integer::sum);
                String fault = check(p, reply);
                if (fault != null) {
                    wrong.add(p.description() + " -> " + fault + ": " + reply);
                }
            }
            System.out.println("[drill] bad input corpus: " + probes.size() + " requests; statuses " + statuses
                    + "; audit entries added " + (Tables.count(url, "", "select count(*) from audit_entry")
                    - auditBefore) + "; sent twice after a closed connection: " + retried);
            assertThat(wrong).as("requests answered wrongly").isEmpty();
            assertThat(probes.size()).as("corpus size").isGreaterThanOrEqualTo(200);
            assertThat(Tables.digest(url, "", logs))
                    .as("every table but the audit and access logs is byte-for-byte unchanged").isEqualTo(before);
            assertThat(Tables.count(url, "", "select count(*) from audit_entry where outcome = 'ACCEPTED'"
                    + " and id > " + auditBefore)).as("no audit entry of an accepted change").isZero();
        }
    }

    /** Why the reply is wrong for the probe, or null if it is right. */
    private static String check(Probe p, Api.Reply reply) {
        if (SIGN_IN_FIRST.equals(p.expectedField())) {
            return reply.status() == 303 ? null : "not sent to sign in";
        }
        if (reply.status() < 400 || reply.status() >= 500) {
            return "not a 4xx";
        }
        if (reply.body().contains("Exception") || reply.body().contains("\tat org.")) {
            return "leaks internals";
        }
        if (p.expectedField() == null) {
            return null;
        }
        if (p.form()) {
            String id = "#" + p.expectedField().replaceAll("[^A-Za-z0-9_-]", "-");
            return reply.status() == 422 && reply.body().contains(id) ? null : "form error does not link to " + id;
        }
        if (reply.status() != 422 || !reply.isProblem()) {
            return "not a 422 problem naming " + p.expectedField();
        }
        for (var error : reply.json().path("errors").values()) {
            String field = error.get("field").asString();
            if (field.equals(p.expectedField()) || field.startsWith(p.expectedField() + ".")
                    || field.startsWith(p.expectedField() + "[")) {
                return null;
            }
        }
        return "no error names " + p.expectedField();
    }

    // ---- the corpus: endpoint, valid body, field → bad values -------------------------------------------------

    private List<JsonEndpoint> corpus(String walsh, String clarke, String byrne) {
        String past = Instant.now().minusSeconds(3600).toString();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        List<JsonEndpoint> endpoints = new ArrayList<>();
        endpoints.add(new JsonEndpoint("/api/residents/R-1005/actions", officer,
                map("kind", "VERBAL_ABUSE", "affected", List.of("STAFF"), "occurredAt", past, "channel", "PHONE",
                        "whatHappened", "Shouted at the officer."),
                map("kind", List.of(MISSING, "", "NOT_A_KIND", 42, true, List.of("VERBAL_ABUSE"), Map.of("a", 1),
                                "verbal abuse!", "VERBAL_ABUSE'; DROP TABLE case_action;--", "<script>x</script>"),
                        "affected", List.of(MISSING, List.of(), List.of("NOBODY"), "ALIENS", List.of(""), 7,
                                List.of("STAFF' OR '1'='1")),
                        "occurredAt", List.of(MISSING, "", "yesterday", "2026-02-30T10:00:00Z",
                                "2026-13-01T10:00:00Z", "29/11/2026 10:00", "2026-11-29T25:00:00Z", 12345,
                                "2999-01-01T00:00:00Z", "-1000000000-01-01T00:00:00Z", "+1000000000-01-01T00:00Z",
                                "2026-02-29T10:00"),
                        "channel", List.of(MISSING, "", "CARRIER_PIGEON", 7, List.of("PHONE")),
                        "whatHappened", BAD_TEXT)));
        endpoints.add(new JsonEndpoint("/api/cases/" + walsh + "/warnings", officer,
                map("actionsReferredTo", List.of(1), "reasons", "Abuse is unacceptable.", "whatMustChange",
                        "Be polite."),
                map("actionsReferredTo", List.of(MISSING, List.of(), List.of("one"), List.of(99), List.of(-1),
                                List.of(1.5), List.of(2147483648L), "1; DROP TABLE case_warning"),
                        "reasons", BAD_TEXT, "whatMustChange", BAD_TEXT)));
        endpoints.add(new JsonEndpoint("/api/cases/" + clarke + "/decisions", manager,
                map("measures", List.of(Map.of("kind", "NO_TELEPHONE_CALLS")),
                        "grounds", map("type", "AFTER_WARNING", "warning", 1, "furtherActions", List.of(2)),
                        "reasons", "The contact continued after the warning.",
                        "safeguards", map("equalityAndVulnerabilityNotes", "Considered her hearing impairment.",
                                "teamsConsulted", List.of("Repairs"), "teamsInformed", List.of("Customer Services"),
                                "adjustmentConflictJustification", "Letters stay open.",
                                "howComplaintsAreStillHeard", "In writing to the Complaints Team."),
                        "reviewDate", LocalDate.now(ZoneOffset.UTC).plusMonths(3).toString()),
                map("measures", List.of(MISSING, List.of(), List.of(Map.of("kind", "LASER")), "TELEPATHY",
                                List.of(Map.of("kind", "CONTACT_TIME_ALLOWANCE", "minutes", "lots", "per", "WEEK")),
                                List.of(Map.of("kind", "CONTACT_TIME_ALLOWANCE", "minutes", -5, "per", "WEEK")),
                                List.of(Map.of("kind", "CONTACT_TIME_ALLOWANCE", "minutes", 30, "per", "FORTNIGHT")),
                                List.of(Map.of("kind", "SINGLE_POINT_OF_CONTACT", "officer", "nobody")),
                                List.of(Map.of("kind", "SINGLE_POINT_OF_CONTACT", "officer", "S-OFF-1' OR '1'='1")),
                                List.of(Map.of("kind", "THIRD_PARTY_CORRESPONDENCE_ONLY", "thirdParty", "")),
                                List.of(Map.of("kind", "OTHER_CONTACT_STANDARD", "description", LONG_TEXT)),
                                List.of(Map.of("kind", "EXCLUDED_CONTACT_METHODS", "excluded", List.of("TELEX"))),
                                List.of(Map.of("kind", "NO_COMPLAINTS_PROCESS")),
                                List.of(Map.of("kind", "NO_TELEPHONE_CALLS"), Map.of("kind", "NO_TELEPHONE_CALLS"))),
                        "grounds.type", List.of(MISSING, "SOMETIMES", 1),
                        "grounds.warning", List.of(MISSING, "first", 0, 99, -1),
                        "grounds.furtherActions", List.of(MISSING, List.of(), List.of("x"), List.of(99)),
                        "reasons", BAD_TEXT,
                        "safeguards.equalityAndVulnerabilityNotes", BAD_TEXT,
                        "safeguards.teamsConsulted", List.of(MISSING, List.of(), List.of(LONG_LABEL),
                                List.of("tab\tand bell\u0007")),
                        "safeguards.whoInformsResident", List.of("nobody", "../../etc/passwd"),
                        "reviewDate", List.of("2026-02-30", "30/11/2026", "tomorrow", "2026-13-01", 20261130,
                                LocalDate.now(ZoneOffset.UTC).minusDays(1).toString(), "2099-01-01"))));
        endpoints.add(new JsonEndpoint("/api/cases/" + clarke + "/decisions/1/appeals", officer,
                map("received", today, "grounds", "She says the emails were about a repair."),
                map("received", List.of(MISSING, "", "2026-02-30", "next week", "2999-01-01", "1999-01-01",
                                20260101, "2026-1-1"),
                        "grounds", BAD_TEXT)));
        endpoints.add(new JsonEndpoint("/api/residents/R-1003/contacts", officer,
                map("minutes", 10, "channel", "PHONE"),
                map("minutes", List.of(MISSING, "ten", 1.5, "", 9999999999L, 0, -5),
                        "channel", List.of(MISSING, "FAX"),
                        "at", List.of("2026-02-30T10:00:00Z", "soon", "2999-01-01T00:00:00Z"))));
        endpoints.add(new JsonEndpoint("/api/cases/" + clarke + "/decisions/1/informed", officer,
                map("informedAt", past, "how", "LETTER"),
                map("informedAt", List.of(MISSING, "2026-02-30T10:00:00Z", "2999-01-01T00:00:00Z", "noon"),
                        "how", List.of(MISSING, "PIGEON", ""))));
        endpoints.add(new JsonEndpoint("/api/cases/" + byrne + "/appeals/1/decision", director,
                map("outcome", "DECISION_UPHELD", "reasons", "The threats were real."),
                map("outcome", List.of(MISSING, "MAYBE", ""), "reasons", BAD_TEXT)));
        endpoints.add(new JsonEndpoint("/api/cases/" + clarke + "/decisions/1/lift", manager,
                map("reasons", "Contact has been reasonable for months."),
                map("reasons", BAD_TEXT)));
        endpoints.add(new JsonEndpoint("/api/residents/R-1005/needs", officer,
                map("adjustments", List.of(Map.of("kind", "WRITTEN_CONTACT", "notes", "Prefers letters.")),
                        "vulnerabilityNotes", ""),
                map("adjustments", List.of(List.of(Map.of("kind", "TELEPATHY")), List.of("NOPE"),
                                List.of(Map.of("kind", "")), List.of(Map.of("kind", 5))))));
        return endpoints;
    }

    private static List<Probe> jsonProbes(Api api, JsonEndpoint e) {
        List<Probe> probes = new ArrayList<>();
        String token = e.login();
        e.bad().forEach((field, values) -> {
            for (Object value : (List<?>) values) {
                Map<String, Object> body = with(e.valid(), field, value);
                probes.add(new Probe("POST " + e.path() + " " + field + "=" + shown(value), json(api, e.path(),
                        token, body), field, false));
            }
        });
        // Injection attempts in every text field; the request is also missing a required choice, so nothing is saved.
        for (String field : textFields(e.valid(), "")) {
            for (String attack : INJECTIONS) {
                Map<String, Object> body = with(e.valid(), field, attack);
                String invalidator = e.bad().keySet().stream().filter(f -> !f.equals(field)).findFirst()
                        .orElse(null);
                if (invalidator == null) {
                    continue;
                }
                body = with(body, invalidator, ((List<?>) e.bad().get(invalidator)).stream()
                        .filter(v -> v != MISSING).map(v -> (Object) v).findFirst().orElse(MISSING));
                probes.add(new Probe("POST " + e.path() + " " + field + "=" + attack + " (and " + invalidator
                        + " wrong)", json(api, e.path(), token, body), invalidator, false));
            }
        }
        return probes;
    }

    private List<Probe> wholeRequestProbes(Api api, String walsh, String clarke) {
        List<Probe> probes = new ArrayList<>();
        String actions = "/api/residents/R-1005/actions";
        String valid = "{\"kind\":\"VERBAL_ABUSE\",\"affected\":[\"STAFF\"],\"occurredAt\":\""
                + Instant.now().minusSeconds(60) + "\",\"channel\":\"PHONE\",\"whatHappened\":\"Shouted.\"}";
        for (String body : List.of("not json", "[]", "null", "\"a string\"", "{", "{\"kind\":", "", "42",
                "{\"kind\":\"VERBAL_ABUSE\"}}", "\u0000\u0001")) {
            probes.add(new Probe("malformed body " + shown(body), raw(api, actions, officer, "application/json",
                    body), null, false));
        }
        probes.add(new Probe("huge body (2 MB)", raw(api, actions, officer, "application/json",
                valid.replace("Shouted.", "z".repeat(2_000_000))), null, false));
        probes.add(new Probe("huge text (100 kB)", raw(api, actions, officer, "application/json",
                valid.replace("Shouted.", "z".repeat(100_000))), "whatHappened", false));
        for (String type : List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x")) {
            probes.add(new Probe("content type " + type, raw(api, actions, officer, type, valid), null, false));
        }
        probes.add(new Probe("no content type", raw(api, actions, officer, null, valid), null, false));
        probes.add(new Probe("no token", raw(api, actions, null, "application/json", valid), null, false));
        probes.add(new Probe("forged token", raw(api, actions, "abc.def", "application/json", valid), null, false));
        probes.add(new Probe("token with a forged signature", raw(api, actions, officer.substring(0,
                officer.indexOf('.') + 1) + "AAAA", "application/json", valid), null, false));
        probes.add(new Probe("the SDT may not record", raw(api, actions, sdt, "application/json", valid), null, false));
        probes.add(new Probe("an officer may not authorise", json(api, "/api/cases/" + clarke + "/decisions", officer,
                Map.of()), null, false));
        for (String resident : List.of("R-9999", "R-1001'%20OR%20'1'='1", "%20", "..%2F..%2Fetc%2Fpasswd",
                "R-1001%00", "%3Cscript%3E")) {
            probes.add(new Probe("resident " + resident, raw(api, "/api/residents/" + resident + "/actions", officer,
                    "application/json", valid), null, false));
        }
        String warning = "{\"actionsReferredTo\":[1],\"reasons\":\"r\",\"whatMustChange\":\"w\"}";
        for (String caseId : List.of(UUID.randomUUID().toString(), "not-a-uuid", "1%20OR%201=1",
                "..%2F..%2Fetc%2Fpasswd", "%2e%2e", "00000000-0000-0000-0000-000000000000")) {
            probes.add(new Probe("case " + caseId, raw(api, "/api/cases/" + caseId + "/warnings", officer,
                    "application/json", warning), null, false));
        }
        String appeal = "{\"received\":\"" + LocalDate.now(ZoneOffset.UTC) + "\",\"grounds\":\"g\"}";
        for (String decision : List.of("0", "-1", "abc", "99", "1.5", "99999999999")) {
            probes.add(new Probe("decision " + decision, raw(api, "/api/cases/" + clarke + "/decisions/" + decision
                    + "/appeals", officer, "application/json", appeal), null, false));
        }
        probes.add(new Probe("another case's decision", raw(api, "/api/cases/" + walsh + "/decisions/1/appeals",
                officer, "application/json", appeal), "decision", false));
        for (String path : List.of("/api/../../etc/passwd", "/api/cases/%2e%2e/%2e%2e/etc/passwd",
                "/static/..%2F..%2Fopenapi.json", "/govuk/..%2F..%2Fpom.properties", "/api/nothing-here")) {
            probes.add(new Probe("path " + path, HttpRequest.newBuilder(URI.create(api.base + path))
                    .header("Authorization", "Bearer " + officer).timeout(Api.REQUEST_TIMEOUT).GET().build(), null,
                    false));
        }
        for (String query : List.of("from=2026-02-30&to=2026-03-31", "from=yesterday&to=today", "to=2026-01-01",
                "from=2026-01-01&to=2026-13-01")) {
            probes.add(new Probe("monitoring " + query, HttpRequest.newBuilder(URI.create(api.base
                    + "/api/monitoring?" + query)).header("Authorization", "Bearer " + manager)
                    .timeout(Api.REQUEST_TIMEOUT).GET().build(), "from", false));
        }
        return probes;
    }

    private static List<Probe> formProbes(Browser officer, Browser manager, String walsh, String clarke) {
        List<Probe> probes = new ArrayList<>();
        String record = "/residents/R-1005/record-action";
        Map<String, String> valid = map2("kind", "VERBAL_ABUSE", "affected", "STAFF", "occurredAt.date",
                LocalDate.now(ZoneOffset.UTC).minusDays(1).toString(), "occurredAt.time", "10:00", "channel", "PHONE",
                "whatHappened", "Shouted at the officer.");
        probes.add(new Probe("form without CSRF token", officer.post(record, valid, null), null, false));
        probes.add(new Probe("form with a forged CSRF token", officer.post(record, valid, "forged"), null, false));
        probes.add(new Probe("form with another session's CSRF token", officer.post(record, valid, manager.csrf),
                null, false));
        probes.add(new Probe("form without a session", Browser.anonymous(officer.base).post(record, valid, "x"),
                SIGN_IN_FIRST, false));
        Map<String, List<String>> bad = new LinkedHashMap<>();
        bad.put("kind", List.of("", "NOPE", "VERBAL_ABUSE' OR '1'='1"));
        bad.put("occurredAt.date", List.of("2026-02-30", "30/11/2026", "2999-01-01"));
        bad.put("occurredAt.time", List.of("25:61", "noon"));
        bad.put("channel", List.of("", "FAX"));
        bad.put("whatHappened", List.of("", LONG_TEXT, "nul\u0000byte", "<script>alert(1)</script>\u0007"));
        bad.forEach((field, values) -> {
            for (String value : values) {
                Map<String, String> form = new LinkedHashMap<>(valid);
                form.put(field, value);
                String expected = field.startsWith("occurredAt") ? "occurredAt" : field;
                probes.add(new Probe("form " + record + " " + field + "=" + shown(value), officer.post(record, form,
                        officer.csrf), expected, true));
            }
        });
        for (String value : List.of("abc", "99", "")) {
            probes.add(new Probe("form warning actionsReferredTo=" + value, officer.post("/cases/" + walsh
                    + "/warning", map2("actionsReferredTo", value, "reasons", "r", "whatMustChange", "w"),
                    officer.csrf), "actionsReferredTo", true));
        }
        for (String value : List.of("2026-02-30", "someday", "2099-01-01")) {
            probes.add(new Probe("form authorise reviewDate=" + value, manager.post("/cases/" + clarke + "/authorise",
                    map2("measures", "NO_TELEPHONE_CALLS", "measure.NO_TELEPHONE_CALLS.scope", "ALL_SERVICES", "grounds.type", "AFTER_WARNING", "grounds.warning", "1",
                            "grounds.furtherActions", "2", "reasons", "r", "safeguards.equalityAndVulnerabilityNotes",
                            "n", "safeguards.teamsConsulted", "Repairs", "safeguards.teamsInformed", "Repairs",
                            "safeguards.howComplaintsAreStillHeard", "In writing.", "reviewDate", value),
                            manager.csrf), "reviewDate", true));
        }
        probes.add(new Probe("sign-in form without CSRF", Browser.anonymous(officer.base).post("/sign-in",
                map2("username", "officer", "password", "demo-officer-pass"), null), null, false));
        return probes;
    }

    // ---- plumbing ----------------------------------------------------------------------------------------------

    private String caseOf(Api api, String name) {
        return api.get("/api/residents?q=" + name, officer).json().get(0).get("caseId").asString();
    }

    static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    static Map<String, String> map2(String... keysAndValues) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return m;
    }

    /** A copy of the body with a dotted field set to the value (or removed, for {@link #MISSING}). */
    @SuppressWarnings("unchecked")
    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        int dot = field.indexOf('.');
        if (dot > 0) {
            String head = field.substring(0, dot);
            Map<String, Object> inner = copy.get(head) instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
            copy.put(head, with(inner, field.substring(dot + 1), value));
        } else if (value == MISSING) {
            copy.remove(field);
        } else {
            copy.put(field, value);
        }
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static List<String> textFields(Map<String, Object> body, String prefix) {
        List<String> fields = new ArrayList<>();
        body.forEach((k, v) -> {
            if (v instanceof String s && s.contains(" ")) {
                fields.add(prefix + k);
            } else if (v instanceof Map<?, ?> m) {
                fields.addAll(textFields((Map<String, Object>) m, prefix + k + "."));
            }
        });
        return fields;
    }

    private static String shown(Object value) {
        String s = String.valueOf(value);
        return s.length() > 40 ? s.substring(0, 40) + "…(" + s.length() + ")" : s;
    }

    private static HttpRequest json(Api api, String path, String token, Map<String, Object> body) {
        return raw(api, path, token, "application/json", Api.JSON.writeValueAsString(body));
    }

    /** A request as a careful client makes it: a change to a case with the case's ETag as If-Match. */
    private static HttpRequest raw(Api api, String path, String token, String contentType, String body) {
        HttpRequest.Builder b = Api.conditional(api.request(path, token), path, p -> api.get(p, token));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return b.POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** A signed-in browser: its session cookie and CSRF token. */
    record Browser(String base, String cookie, String csrf) {
        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
        private static final Pattern VERSION = Pattern.compile("name=\"caseVersion\" value=\"(\\d+)\"");

        static Browser anonymous(String base) {
            return new Browser(base, null, null);
        }

        static Browser signIn(String base, String username, String password) {
            HttpRequest start = HttpRequest.newBuilder(URI.create(base + "/sign-in")).GET().build();
            var first = send(start);
            String cookie = cookie(first);
            String token = csrf(first.body());
            var signedIn = send(HttpRequest.newBuilder(URI.create(base + "/sign-in"))
                    .header("Cookie", cookie).header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form(map2("username", username, "password", password,
                            "_csrf", token)))).build());
            assertThat(signedIn.statusCode()).as("signing in %s", username).isEqualTo(303);
            String session = cookie(signedIn);
            var home = send(HttpRequest.newBuilder(URI.create(base + "/residents/R-1005/record-action"))
                    .header("Cookie", session).GET().build());
            return new Browser(base, session, csrf(home.body()));
        }

        /** A form as the browser sends it: with the version of the case its page showed, if it is about one. */
        HttpRequest post(String path, Map<String, String> fields, String csrfToken) {
            Map<String, String> all = new LinkedHashMap<>(fields);
            if (csrfToken != null) {
                all.put("_csrf", csrfToken);
            }
            if (cookie != null && (path.startsWith("/cases/") || path.endsWith("/record-action"))) {
                Matcher version = VERSION.matcher(send(HttpRequest.newBuilder(URI.create(base + path))
                        .header("Cookie", cookie).GET().build()).body());
                if (version.find()) {
                    all.put("caseVersion", version.group(1));
                }
            }
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Api.REQUEST_TIMEOUT)
                    .header("Content-Type", "application/x-www-form-urlencoded");
            if (cookie != null) {
                b.header("Cookie", cookie);
            }
            return b.POST(HttpRequest.BodyPublishers.ofString(form(all))).build();
        }

        private static java.net.http.HttpResponse<String> send(HttpRequest r) {
            try {
                return Api.HTTP.send(r, java.net.http.HttpResponse.BodyHandlers.ofString());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private static String cookie(java.net.http.HttpResponse<String> r) {
            return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("uca_session="))
                    .map(c -> c.substring(0, c.indexOf(';'))).reduce((a, b) -> b)
                    .orElseThrow(() -> new IllegalStateException("no session cookie"));
        }

        private static String csrf(String html) {
            Matcher m = CSRF.matcher(html);
            if (!m.find()) {
                throw new IllegalStateException("no CSRF token on the page");
            }
            return m.group(1);
        }

        private static String form(Map<String, String> fields) {
            StringBuilder s = new StringBuilder();
            fields.forEach((k, v) -> s.append(s.length() == 0 ? "" : "&").append(URLEncoder.encode(k,
                    StandardCharsets.UTF_8)).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
            return s.toString();
        }
    }
}

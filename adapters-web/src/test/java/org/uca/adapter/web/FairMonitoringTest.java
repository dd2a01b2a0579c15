package org.uca.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.uca.adapter.web.support.WebClient;
import org.uca.adapter.web.support.WebFixture;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.application.port.out.Role;
import org.uca.domain.people.ProtectedCharacteristic;
import org.uca.domain.people.ResidentId;

/** Policy 5.2: "a service that is fair and as consistent as possible" — the monitoring page, its CSV and its rates. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FairMonitoringTest {

    private static final String PERIOD = "?from=2021-01-01&to=2030-12-31";
    /** The quarter that ended last (the fixture's clock is the real one): the tenancy profile is given for it. */
    private static final org.uca.domain.calendar.EndedQuarter ENDED = org.uca.domain.calendar.EndedQuarter.last(1,
            org.uca.domain.shared.UkTime.dateOf(java.time.Instant.now())).head();
    private static final String QUARTER = "?from=" + ENDED.first() + "&to=" + ENDED.last();
    private static final Pattern FIGURE = Pattern.compile("<dt class=\"govuk-summary-list__key\">(.*?)</dt>"
            + "<dd class=\"govuk-summary-list__value\"><span data-figure=\"value\">(.*?)</span>(.*?)</dd>");
    private static final Pattern TABLE = Pattern.compile("<caption[^>]*>(.*?): the figures</caption>(.*?)</table>",
            Pattern.DOTALL);
    private static final Pattern ROW = Pattern.compile("<tr class=\"govuk-table__row\"><th scope=\"row\""
            + " class=\"govuk-table__header\">(.*?)</th>(.*?)</tr>");
    private static final Pattern CELL = Pattern.compile("<td[^>]*>(.*?)</td>");
    private static final Pattern PROFILE = Pattern.compile("<caption[^>]*>([^<]*): residents restricted and all"
            + " residents</caption>(.*?)</table>", Pattern.DOTALL);
    private static final Pattern PROFILE_ROW = Pattern.compile("<tr class=\"govuk-table__row\" data-profile=\"(value|total)\">"
            + "<th scope=\"row\" class=\"govuk-table__header\">(.*?)</th>(.*?)</tr>");
    private static final String PROFILE_MEASURE = "Residents restricted compared with the whole tenancy: ";

    WebFixture fixture;
    WebClient team;

    @BeforeAll
    void start() {
        fixture = new WebFixture();
        // The housing system supplies sex for every resident, and age for a few; nothing else.
        for (var r : List.of(WebFixture.CASE_RESIDENT, WebFixture.SECOND_RESIDENT, WebFixture.THIRD_RESIDENT)) {
            fixture.uca.residents.add(holding(fixture.uca.residents.find(r).get(), io.vavr.collection.HashMap.of(
                    ProtectedCharacteristic.SEX, "Female", ProtectedCharacteristic.AGE, "35-44")));
        }
        for (int i = 0; i < 30; i++) {
            fixture.uca.residents.add(holding(new Resident(new ResidentId("R-T" + i), "Tenant " + i, i + " Low Road"),
                    io.vavr.collection.HashMap.of(ProtectedCharacteristic.SEX, ProtectedCharacteristic.heldAs(
                            io.vavr.control.Option.of(i % 3 == 0 ? "Male" : i == 1 ? "Prefer not to say" : "Female")))));
        }
        fixture.app.start(0);
        team = new WebClient(fixture.app.port()).signIn(Role.SERVICE_DEVELOPMENT_TEAM);
    }

    @AfterAll
    void stop() {
        fixture.app.stop();
    }

    @Test
    @DisplayName("policy 5.2 fair and consistent: the CSV holds every figure the monitoring page shows, with what each"
            + " rate is out of (the decisions and the median days to decision were missing)")
    void theCsvHoldsEveryFigureThePageShows() {
        String page = team.get("/monitoring" + QUARTER).body();
        List<String> csv = List.of(team.get("/monitoring.csv" + QUARTER).body().split("\r\n"));
        assertThat(csv.get(0)).isEqualTo("measure,category,count,out of,rate");

        List<String> shown = new ArrayList<>();
        Matcher f = FIGURE.matcher(page);
        while (f.find()) {
            Matcher outOf = Pattern.compile("data-figure=\"out-of\">(.*?)</span>").matcher(f.group(3));
            Matcher rate = Pattern.compile("data-figure=\"rate\">(.*?)</span>").matcher(f.group(3));
            shown.add(line("Totals", text(f.group(1)), text(f.group(2)), outOf.find() ? outOf.group(1) : "",
                    rate.find() ? rate.group(1) : ""));
        }
        assertThat(shown).as("the figures on the page").hasSizeGreaterThan(10)
                .anyMatch(l -> l.startsWith("Totals,\"Decisions\","))
                .anyMatch(l -> l.startsWith("Totals,\"Median days from first action to decision\","));
        Matcher t = TABLE.matcher(page);
        int tables = 0;
        while (t.find()) {
            tables++;
            Matcher r = ROW.matcher(t.group(2));
            while (r.find()) {
                List<String> cells = new ArrayList<>();
                Matcher c = CELL.matcher(r.group(2));
                while (c.find()) {
                    cells.add(text(c.group(1)));
                }
                shown.add(line("\"" + text(t.group(1)) + "\"", text(r.group(1)), cells.get(0),
                        cells.size() > 1 ? cells.get(1) : "", cells.size() > 2 ? cells.get(2) : ""));
            }
        }
        assertThat(tables).as("a table for each chart").isGreaterThanOrEqualTo(8);
        Matcher p = PROFILE.matcher(page);
        int profiles = 0;
        while (p.find()) {
            profiles++;
            List<List<String>> rows = new ArrayList<>();
            Matcher r = PROFILE_ROW.matcher(p.group(2));
            List<String> total = List.of();
            while (r.find()) {
                List<String> cells = new ArrayList<>(List.of(text(r.group(2))));
                Matcher c = CELL.matcher(r.group(3));
                while (c.find()) {
                    cells.add(text(c.group(1)));
                }
                if (r.group(1).equals("total")) {
                    total = cells;
                } else {
                    rows.add(cells);
                }
            }
            for (List<String> row : rows) {
                String measure = "\"" + PROFILE_MEASURE + text(p.group(1)) + "\"";
                shown.add(line(measure, row.get(0) + ": residents restricted", row.get(1), total.get(1), row.get(2)));
                shown.add(line(measure, row.get(0) + ": all residents", row.get(3), total.get(3), row.get(4)));
            }
        }
        assertThat(profiles).as("the characteristics the housing system supplies: sex and age").isEqualTo(2);
        assertThat(csv).containsAll(shown);
        assertThat(csv).hasSize(shown.size() + 1);
    }

    @Test
    @DisplayName("fair and consistent decisions: rates by team and by authoriser let the Service Development Team"
            + " compare teams and managers of different sizes, each rate with what it is out of")
    void ratesByTeamAndByAuthoriser() {
        String page = team.get("/monitoring" + PERIOD).body();
        Map<String, List<String>> teams = rows(page, "Decisions by team");
        Map<String, List<String>> authorisers = rows(page, "Decisions by authoriser");
        assertThat(teams).isNotEmpty();
        assertThat(authorisers).isNotEmpty();
        String decisions = figure(page, "Decisions");
        for (Map<String, List<String>> table : List.of(teams, authorisers)) {
            long sum = 0;
            for (List<String> cells : table.values()) {
                assertThat(cells.get(1)).as("out of the decisions in the period").isEqualTo(decisions);
                assertThat(cells.get(2)).isEqualTo(String.format(java.util.Locale.UK, "%.1f%%",
                        100.0 * Long.parseLong(cells.get(0)) / Long.parseLong(decisions)));
                sum += Long.parseLong(cells.get(0));
            }
            assertThat(sum).isEqualTo(Long.parseLong(decisions));
        }
        assertThat(page).contains("share of the decisions in the period");
    }

    @Test
    @DisplayName("fair and consistent decisions: appeals are shown by decision-maker — lodged, upheld, varied and"
            + " overturned, each outcome out of that manager's appeals decided")
    void appealsByDecisionMaker() {
        String page = team.get("/monitoring" + PERIOD).body();
        Map<String, List<String>> appeals = rows(page, "Appeals by decision-maker");
        assertThat(appeals.keySet()).anyMatch(k -> k.endsWith(": lodged"))
                .anyMatch(k -> k.endsWith(": overturned"));
        long lodged = appeals.entrySet().stream().filter(e -> e.getKey().endsWith(": lodged"))
                .mapToLong(e -> Long.parseLong(e.getValue().get(0))).sum();
        assertThat(String.valueOf(lodged)).isEqualTo(figure(page, "Appeals lodged"));
    }

    @Test
    @DisplayName("policy 5.1 and 5.2: the quarterly board pack is a PDF with every figure and table of the quarter's"
            + " monitoring, each rate with what it is out of; a quarter that is no quarter is refused")
    void quarterlyBoardPack() throws java.io.IOException {
        java.net.http.HttpResponse<byte[]> pdf = team.getBytes("/monitoring/board-pack.pdf?quarter="
                + ENDED.quarter());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        java.nio.file.Files.write(java.nio.file.Path.of("target", "board-pack.pdf"), pdf.body()); // to look at
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("board pack, " + ENDED.quarter().label(),
                org.uca.adapter.web.view.UkDates.date(ENDED.first()) + " to "
                        + org.uca.adapter.web.view.UkDates.date(ENDED.last()));
        List<String> csv = List.of(team.get("/monitoring.csv" + QUARTER).body().split("\r\n"));
        assertThat(csv).hasSizeGreaterThan(20);
        for (String line : csv.subList(1, csv.size())) {
            if (line.startsWith("\"" + PROFILE_MEASURE)) {
                continue; // the board pack lays the profile out as the page does: see the test below
            }
            Matcher m = Pattern.compile("^(?:Totals|\"[^\"]*\"),\"((?:[^\"]|\"\")*)\",([^,]*),([^,]*),([^,]*)$")
                    .matcher(line);
            assertThat(m.matches()).as(line).isTrue();
            String cells = String.join(" ", List.of(m.group(2), m.group(3), m.group(4)).stream()
                    .filter(c -> !c.isEmpty()).toList());
            assertThat(text).as("the board pack holds " + line).contains(m.group(1).replace("\"\"", "\"") + " "
                    + cells);
        }
        assertThat(team.getBytes("/monitoring/board-pack.pdf?quarter=2026-Q5").statusCode()).isEqualTo(422);
    }

    @Test
    @DisplayName("a board pack reports on a quarter once it has ended: the quarter still running is refused, saying"
            + " when it can be had")
    void theBoardPackIsForAQuarterThatHasEnded() {
        var running = org.uca.domain.calendar.Quarter.containing(
                org.uca.domain.shared.UkTime.dateOf(java.time.Instant.now()));
        var refused = team.get("/monitoring/board-pack.pdf?quarter=" + running);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("The board pack for " + running.label() + " can be had once the quarter"
                + " has ended, from " + org.uca.adapter.web.view.UkDates.date(running.last().plusDays(1)));
    }

    @Test
    @DisplayName("no resident can be found by comparing overlapping periods: for 1-10 March and 1-11 March the page,"
            + " the CSV and the API give no tenancy profile and say why, with links to the quarters that ended")
    void noResidentCanBeFoundByComparingOverlappingPeriods() throws java.io.IOException {
        for (String period : List.of("?from=2026-03-01&to=2026-03-10", "?from=2026-03-01&to=2026-03-11", PERIOD)) {
            String page = team.get("/monitoring" + period).body();
            assertThat(PROFILE.matcher(page).find()).as("no profile table for %s", period).isFalse();
            assertThat(page).contains("id=\"profile-not-given\"", "could be subtracted to find a resident",
                    "href=\"/monitoring" + QUARTER.replace("&", "&amp;") + "\"",
                    "href=\"/monitoring/board-pack.pdf?quarter=" + ENDED.quarter() + "\"");
            assertThat(team.get("/monitoring.csv" + period).body()).contains("\"" + PROFILE_MEASURE.replace(": ", "")
                    + "\",\"Not given for this period. It is given only for a whole calendar quarter that has ended");

            tools.jackson.databind.JsonNode fairness = new tools.jackson.databind.ObjectMapper().readTree(fixture
                    .apiAsGiven(Role.SERVICE_DEVELOPMENT_TEAM).getJson("/api/monitoring" + period).body())
                    .get("fairness");
            assertThat(fairness.get("tenancyProfile").isNull()).isTrue();
            assertThat(fairness.get("tenancyProfileGivenFor").isNull()).isTrue();
            assertThat(fairness.get("tenancyProfileNotGivenBecause").asString())
                    .contains("could be subtracted to find a resident");
        }
        tools.jackson.databind.JsonNode given = new tools.jackson.databind.ObjectMapper().readTree(fixture
                .apiAsGiven(Role.SERVICE_DEVELOPMENT_TEAM).getJson("/api/monitoring" + QUARTER).body())
                .get("fairness");
        assertThat(given.get("tenancyProfile").isArray()).isTrue();
        assertThat(given.get("tenancyProfileGivenFor").asString()).isEqualTo(ENDED.quarter().toString());
        assertThat(given.get("tenancyProfileNotGivenBecause").isNull()).isTrue();
    }

    @Test
    @DisplayName("issue 15 §5: restricted residents are compared with the whole tenancy profile for each protected"
            + " characteristic supplied, every cell under 5 shown as \"<5\" with no share and no link, and a"
            + " characteristic the housing system does not supply says so")
    void restrictedResidentsAreComparedWithTheWholeTenancy() throws java.io.IOException {
        String page = team.get("/monitoring" + QUARTER).body();
        Matcher p = PROFILE.matcher(page);
        Map<String, String> tables = new LinkedHashMap<>();
        while (p.find()) {
            tables.put(text(p.group(1)), p.group(2));
        }
        assertThat(tables.keySet()).containsExactly("Age", "Sex");
        String sex = tables.get("Sex");
        assertThat(sex).contains(">Female</th>", ">Male</th>", ">Not known</th>")
                .as("one resident preferred not to say: under 5, shown as <5").contains(">&lt;5</td>")
                .doesNotContain("<a ");
        Matcher all = PROFILE_ROW.matcher(sex);
        while (all.find()) {
            List<String> cells = new ArrayList<>();
            Matcher c = CELL.matcher(all.group(3));
            while (c.find()) {
                cells.add(text(c.group(1)));
            }
            for (int i : new int[] {0, 2}) {
                if (cells.get(i).equals("<5")) {
                    assertThat(cells.get(i + 1)).as("a hidden count's share is hidden too").isEmpty();
                } else {
                    assertThat(Long.parseLong(cells.get(i))).isGreaterThanOrEqualTo(5);
                }
            }
        }
        assertThat(page).contains("Race (ethnicity)</h3>", "The housing system does not supply this characteristic.");

        // the API holds the same figures, a withheld count as null: never a count under 5
        String json = fixture.apiAsGiven(Role.SERVICE_DEVELOPMENT_TEAM).getJson("/api/monitoring" + QUARTER).body();
        tools.jackson.databind.JsonNode profile = new tools.jackson.databind.ObjectMapper().readTree(json)
                .get("fairness").get("tenancyProfile");
        tools.jackson.databind.JsonNode sexInApi = null;
        for (tools.jackson.databind.JsonNode characteristic : profile) {
            if (characteristic.get("characteristic").asString().equals("sex")) {
                sexInApi = characteristic;
            }
            assertThat(characteristic.get("supplied").asBoolean())
                    .isEqualTo(List.of("sex", "age_band").contains(characteristic.get("characteristic").asString()));
            for (tools.jackson.databind.JsonNode value : characteristic.get("values")) {
                for (String column : List.of("restricted", "all")) {
                    assertThat(value.get(column).isNull() || value.get(column).asLong() >= 5)
                            .as("%s %s", value.get("value"), column).isTrue();
                }
            }
        }
        assertThat(sexInApi).isNotNull();
        assertThat(sexInApi.toString()).contains("\"value\":\"Not known\",\"restricted\":null");

        java.net.http.HttpResponse<byte[]> pdf = team.getBytes("/monitoring/board-pack.pdf?quarter="
                + ENDED.quarter());
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        assertThat(text).contains("Residents restricted compared with the whole tenancy", "Not known <5",
                "The housing system does not supply this characteristic.");
    }

    private static Resident holding(Resident r,
            io.vavr.collection.Map<ProtectedCharacteristic, String> characteristics) {
        return new Resident(r.id(), r.name(), r.addressLines(), r.postcode(), r.uprn(), r.tenancyStart(),
                r.tenancyEnd(), r.email(), r.phone(), r.preferredContact(), characteristics);
    }

    private static String line(String measure, String category, String count, String outOf, String rate) {
        return measure + ",\"" + category.replace("\"", "\"\"") + "\"," + count + "," + outOf + "," + rate;
    }

    private static String figure(String page, String label) {
        Matcher f = FIGURE.matcher(page);
        while (f.find()) {
            if (text(f.group(1)).equals(label)) {
                return text(f.group(2));
            }
        }
        throw new AssertionError("No figure " + label);
    }

    private static Map<String, List<String>> rows(String page, String title) {
        Matcher t = TABLE.matcher(page);
        while (t.find()) {
            if (text(t.group(1)).equals(title)) {
                Map<String, List<String>> rows = new LinkedHashMap<>();
                Matcher r = ROW.matcher(t.group(2));
                while (r.find()) {
                    List<String> cells = new ArrayList<>();
                    Matcher c = CELL.matcher(r.group(2));
                    while (c.find()) {
                        cells.add(text(c.group(1)));
                    }
                    rows.put(text(r.group(1)), cells);
                }
                return rows;
            }
        }
        throw new AssertionError("No table " + title);
    }

    private static String text(String html) {
        return html.replace("&#39;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                .replace("&amp;", "&");
    }
}

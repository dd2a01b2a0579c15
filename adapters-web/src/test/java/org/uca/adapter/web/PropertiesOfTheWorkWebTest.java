package org.uca.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.adapter.web.support.WebClient;
import org.uca.adapter.web.support.WebFixture;
import org.uca.application.port.in.Task;
import org.uca.application.port.out.AuditLog;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.application.port.out.Role;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;

/**
 * Issue 14 §1: the properties of a contractor's work, set by an administrator (API and pages), limit what the
 * contractor's account and the contractor's system may look up; nothing outside them is answered or confirmed.
 */
class PropertiesOfTheWorkWebTest {

    static final String HOME = "300000000001";
    static final String ELSEWHERE = "300000000002";

    WebFixture fixture;
    StaffId cody;

    @BeforeEach
    void start() {
        fixture = new WebFixture();
        fixture.app.start(0);
        fixture.uca.residents.add(resident("R-H", "Hana Home", HOME));
        fixture.uca.residents.add(resident("R-E", "Eli Elsewhere", ELSEWHERE));
        cody = fixture.staffOf.get(Role.CONTRACTOR);
    }

    @AfterEach
    void stop() {
        fixture.app.stop();
    }

    static Resident resident(String id, String name, String uprn) {
        return new Resident(new ResidentId(id), name, List.of("1 Test Street"), "N1 1AA", Option.some(uprn),
                Option.none(), Option.none(), Option.none(), Option.none(), Option.none());
    }

    WebClient admin() {
        return new WebClient(fixture.app.port()).withToken(Role.ADMINISTRATOR);
    }

    WebClient contractor() {
        return new WebClient(fixture.app.port()).withToken(Role.CONTRACTOR);
    }

    long refusedLookUps(StaffId who) {
        return fixture.uca.audit.all().count(e -> e.who().equals(who) && e.outcome() == AuditLog.Outcome.NOT_PERMITTED
                && e.command().equals(Task.SAFE_VISIT.description()));
    }

    String newCredential(String scope) {
        HttpResponse<String> created = admin().postJson("/api/admin/machine-credentials",
                "{\"name\":\"Repairs Ltd\",\"scope\":\"" + scope + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return created.body();
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        assertThat(m.find()).as(json).isTrue();
        return m.group(1);
    }

    @Test
    @DisplayName("a contractor limited to the properties of their work is refused any other property with a 403,"
            + " and the refusal is audited")
    void accountRefusedOutsideItsWork() {
        HttpResponse<String> set = admin().putJson("/api/admin/staff/" + cody.value() + "/properties",
                "{\"limited\":true,\"uprns\":[\"" + HOME + "\",\"" + HOME + "\"]}");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        assertThat(set.body()).contains("\"limited\":true").contains("\"count\":1");
        assertThat(admin().getJson("/api/admin/staff/" + cody.value() + "/properties").body())
                .contains("\"uprns\":[\"" + HOME + "\"]");

        assertThat(contractor().getJson("/api/visits?uprn=" + HOME).statusCode()).isEqualTo(200);
        HttpResponse<String> outside = contractor().getJson("/api/visits?uprn=" + ELSEWHERE);
        assertThat(outside.statusCode()).isEqualTo(403);
        assertThat(outside.body()).contains("Property " + ELSEWHERE + " is not one of the properties of your work;"
                + " ask the landlord to add it.");
        assertThat(refusedLookUps(cody)).isEqualTo(1);
    }

    @Test
    @DisplayName("a limited contractor cannot learn whether a property or resident outside their work exists: the"
            + " same 403 for one that does and one that does not, never a 404")
    void cannotLearnWhatExistsOutsideTheirWork() {
        admin().putJson("/api/admin/staff/" + cody.value() + "/properties", "{\"limited\":true,\"uprns\":[]}");

        HttpResponse<String> known = contractor().getJson("/api/visits?uprn=" + ELSEWHERE);
        HttpResponse<String> unknown = contractor().getJson("/api/visits?uprn=999999999999");
        HttpResponse<String> knownResident = contractor().getJson("/api/visits?resident=R-E");
        HttpResponse<String> unknownResident = contractor().getJson("/api/visits?resident=R-NOBODY");

        assertThat(List.of(known, unknown, knownResident, unknownResident).map(HttpResponse::statusCode))
                .containsOnly(403);
        assertThat(unknown.body().replace("999999999999", "X")).isEqualTo(known.body().replace(ELSEWHERE, "X"));
        assertThat(unknownResident.body().replace("R-NOBODY", "X")).isEqualTo(knownResident.body()
                .replace("R-E", "X"));
    }

    @Test
    @DisplayName("a contractor's system limited by its safe-visit credential is refused any other property, audited"
            + " as that credential; a resident-sync credential cannot be limited")
    void credentialRefusedOutsideItsWork() {
        String created = newCredential("SAFE_VISIT");
        String id = created.replaceAll("(?s).*\"credential\":\\{\"id\":\"([^\"]+)\".*", "$1");
        WebClient system = new WebClient(fixture.app.port()).withBearer(field(created, "secret"));
        HttpResponse<String> set = admin().putJson("/api/admin/machine-credentials/" + id + "/properties",
                "{\"limited\":true,\"uprns\":[\"" + HOME + "\"]}");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);

        assertThat(system.getJson("/api/visits?uprn=" + HOME).statusCode()).isEqualTo(200);
        assertThat(system.getJson("/api/visits?resident=R-H").statusCode()).isEqualTo(200);
        assertThat(system.getJson("/api/visits?uprn=" + ELSEWHERE).statusCode()).isEqualTo(403);
        assertThat(system.getJson("/api/visits?resident=R-E").statusCode()).isEqualTo(403);
        assertThat(refusedLookUps(new StaffId("machine:" + id))).isEqualTo(2);

        String sync = newCredential("RESIDENT_SYNC").replaceAll("(?s).*\"credential\":\\{\"id\":\"([^\"]+)\".*",
                "$1");
        HttpResponse<String> refused = admin().putJson("/api/admin/machine-credentials/" + sync + "/properties",
                "{\"limited\":true,\"uprns\":[\"" + HOME + "\"]}");
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Only a safe-visit machine credential");
    }

    @Test
    @DisplayName("bad input is a 422 naming each field (every UPRN that is not one by its place, a missing"
            + " \"limited\"), and nothing is changed; only an administrator may set the list")
    void badInputAndWhoMay() {
        String path = "/api/admin/staff/" + cody.value() + "/properties";
        admin().putJson(path, "{\"limited\":true,\"uprns\":[\"" + HOME + "\"]}");

        HttpResponse<String> bad = admin().putJson(path, "{\"limited\":true,\"uprns\":[\"" + ELSEWHERE
                + "\",\"12a\",\"1234567890123\"]}");
        HttpResponse<String> unsaid = admin().putJson(path, "{\"uprns\":[\"" + ELSEWHERE + "\"]}");
        HttpResponse<String> officer = new WebClient(fixture.app.port()).withToken(Role.OFFICER).putJson(path,
                "{\"limited\":false}");

        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("uprns[1]").contains("uprns[2]").contains("Entry 2: \\\"12a\\\" is not a UPRN");
        assertThat(unsaid.statusCode()).isEqualTo(422);
        assertThat(unsaid.body()).contains("\"limited\"");
        assertThat(officer.statusCode()).isEqualTo(403);
        assertThat(admin().getJson(path).body()).as("nothing changed").contains("\"uprns\":[\"" + HOME + "\"]");
    }

    @Test
    @DisplayName("the safe-visit page of a limited contractor says how many properties they can look up, and refuses"
            + " any other property with a 403 saying so, never a 404")
    void thePage() {
        admin().putJson("/api/admin/staff/" + cody.value() + "/properties", "{\"limited\":true,\"uprns\":[\""
                + HOME + "\",\"300000000003\"]}");
        WebClient signedIn = new WebClient(fixture.app.port()).signIn(Role.CONTRACTOR);

        HttpResponse<String> page = signedIn.get("/visits");
        HttpResponse<String> outside = signedIn.get("/visits?uprn=" + ELSEWHERE);
        HttpResponse<String> unknown = signedIn.get("/visits?uprn=999999999999");

        assertThat(page.body()).contains("You can look up the 2 properties of your work.");
        assertThat(outside.statusCode()).isEqualTo(403);
        assertThat(outside.body()).contains("Property " + ELSEWHERE + " is not one of the properties of your work");
        assertThat(unknown.statusCode()).isEqualTo(403);
        assertThat(signedIn.get("/visits?uprn=" + HOME).statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("creating a credential on the page, the administrator chooses its scope, and the notice says what"
            + " that scope lets the system do")
    void createdWithTheChosenScope() {
        WebClient admin = new WebClient(fixture.app.port()).signIn(Role.ADMINISTRATOR);
        String form = admin.get("/admin/machine-credentials/new").body();
        assertThat(form).contains("type=\"radio\"").contains("value=\"SAFE_VISIT\"")
                .contains("value=\"RESIDENT_SYNC\"");

        HttpResponse<String> visits = admin.post("/admin/machine-credentials", "name", "Repairs Ltd", "scope",
                "SAFE_VISIT");
        HttpResponse<String> sync = admin.post("/admin/machine-credentials", "name", "Nightly", "scope",
                "RESIDENT_SYNC");
        HttpResponse<String> bad = admin.post("/admin/machine-credentials", "name", "Odd", "scope", "EVERYTHING");

        assertThat(visits.body()).contains("GET /api/visits").doesNotContain("sync residents");
        assertThat(sync.body()).contains("sync residents").doesNotContain("/api/visits");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("Choose what the credential is for.");
        assertThat(fixture.uca.machineCredentials.all().map(c -> c.name() + ":" + c.scope()))
                .containsExactlyInAnyOrder("Repairs Ltd:SAFE_VISIT", "Nightly:RESIDENT_SYNC");
    }

    @Test
    @DisplayName("an administrator sets the properties of a contractor's work on a page (one UPRN a line or comma"
            + " separated, or not limited); bad UPRNs are named by line and nothing is half-saved")
    void contractorsPropertiesOnAPage() {
        WebClient admin = new WebClient(fixture.app.port()).signIn(Role.ADMINISTRATOR);
        String path = "/admin/staff/" + cody.value() + "/properties";
        assertThat(admin.get("/admin/staff").body()).contains("href=\"" + path + "\"");
        assertThat(admin.get(path).body()).contains("Every property (not limited)").contains("name=\"uprns\"");

        HttpResponse<String> saved = admin.post(path, "limited", "yes", "uprns", HOME + "\n300000000003, "
                + "300000000004");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        assertThat(fixture.uca.application.workProperties().howManyPropertiesOfMyWork(cody).get()).contains(3);

        HttpResponse<String> bad = admin.post(path, "limited", "yes", "uprns", HOME + "\nflat 2\n\n12345678901234");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("Line 2: \"flat 2\" is not a UPRN").contains("Line 4:")
                .contains("govuk-error-summary");
        assertThat(fixture.uca.application.workProperties().howManyPropertiesOfMyWork(cody).get()).as("unchanged")
                .contains(3);

        assertThat(admin.post(path, "limited", "no", "uprns", "").statusCode()).isEqualTo(303);
        assertThat(fixture.uca.application.workProperties().howManyPropertiesOfMyWork(cody).get()).isEmpty();
        assertThat(admin.get("/admin/staff/" + fixture.staffOf.get(Role.OFFICER).value() + "/properties")
                .statusCode()).as("not a contractor").isEqualTo(422);
    }

    @Test
    @DisplayName("an administrator sets the properties of a safe-visit credential's work on a page, linked from the"
            + " list of credentials; the credential is then refused any other property")
    void credentialsPropertiesOnAPage() {
        String created = newCredential("SAFE_VISIT");
        String id = created.replaceAll("(?s).*\"credential\":\\{\"id\":\"([^\"]+)\".*", "$1");
        WebClient admin = new WebClient(fixture.app.port()).signIn(Role.ADMINISTRATOR);
        String path = "/admin/machine-credentials/" + id + "/properties";
        assertThat(admin.get("/admin/machine-credentials").body()).contains("href=\"" + path + "\"");

        assertThat(admin.post(path, "limited", "yes", "uprns", HOME).statusCode()).isEqualTo(303);
        WebClient system = new WebClient(fixture.app.port()).withBearer(field(created, "secret"));
        assertThat(system.getJson("/api/visits?uprn=" + ELSEWHERE).statusCode()).isEqualTo(403);
        assertThat(system.getJson("/api/visits?uprn=" + HOME).statusCode()).isEqualTo(200);
    }
}

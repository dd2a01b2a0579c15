package org.uca.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.uca.adapter.web.support.WebClient;
import org.uca.adapter.web.support.WebFixture;
import org.uca.application.port.in.AuthoriseMeasuresUseCase;
import org.uca.application.port.in.RecordUnacceptableActionsUseCase;
import org.uca.application.port.out.AuditLog;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.application.port.out.Role;
import org.uca.domain.cases.ActionId;
import org.uca.domain.cases.ActionKind;
import org.uca.domain.cases.ActionReport;
import org.uca.domain.cases.AffectedParty;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.Grounds;
import org.uca.domain.cases.MeasuresProposal;
import org.uca.domain.cases.Safeguards;
import org.uca.domain.measures.ContactStandard;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;
import org.uca.domain.shared.Channel;
import org.uca.domain.shared.UkTime;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 14 §1, "by property (UPRN or address)": a contractor finds the property to ask about by its postcode and
 * first line, and is told the properties only — their UPRN and address — never who lives there or what is held.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SafeVisitByAddressTest {

    static final String REASONS = "The resident threatened a contractor with a weapon; staff must not visit alone.";

    WebFixture fixture;
    CaseId restricted;
    final JsonMapper mapper = JsonMapper.builder().build();

    @BeforeAll
    void start() {
        fixture = new WebFixture();
        fixture.app.start(0);
        fixture.uca.residents.add(resident("R-A1", "Ada Flatmate", "Flat 2, 14 Mare Street", "E8 3AB",
                "300000000001"));
        fixture.uca.residents.add(resident("R-A2", "Ben Flatmate", "Flat 2, 14 Mare Street", "E8 3AB",
                "300000000001"));
        fixture.uca.residents.add(resident("R-A3", "Cy Upstairs", "Flat 3, 14 Mare Street", "E8 3AB",
                "300000000002"));
        fixture.uca.residents.add(resident("R-A4", "Di Nouprn", "Flat 4, 14 Mare Street", "E8 3AB", null));
        fixture.uca.residents.add(resident("R-A5", "Ed Farther", "114 Mare Street", "E8 3AB", "300000000005"));
        for (int n = 1; n <= 21; n++) {
            fixture.uca.residents.add(resident("R-T" + n, "Tower Resident " + n, "Flat " + n + ", Tall Tower",
                    "E9 7AA", String.valueOf(310000000000L + n)));
        }
        restricted = restrict("R-A1");
    }

    @AfterAll
    void stop() {
        fixture.app.stop();
    }

    static Resident resident(String id, String name, String line, String postcode, String uprn) {
        return new Resident(new ResidentId(id), name, List.of(line), postcode, Option.of(uprn), Option.none(),
                Option.none(), Option.none(), Option.none(), Option.none());
    }

    /** A case with a two-person visit in force, authorised at once for safety, held on the property too. */
    CaseId restrict(String resident) {
        StaffId officer = fixture.staffOf.get(Role.OFFICER);
        CaseId id = fixture.uca.application.recordUnacceptableActions().recordActions(
                new RecordUnacceptableActionsUseCase.Command(officer, new ResidentId(resident), List.of(
                        new ActionReport(ActionKind.THREATS, "", Set.of(AffectedParty.CONTRACTOR),
                                Instant.now().minusSeconds(600), Channel.IN_PERSON, officer, "A hammer.", true))))
                .get().caseId();
        fixture.uca.application.authoriseMeasures().authorise(new AuthoriseMeasuresUseCase.Command(
                fixture.staffOf.get(Role.DIRECTOR), id, new MeasuresProposal(List.of(
                        new ContactStandard.AccompaniedPersonalContactOnly()), new Grounds.ImmediateForSafety(
                                List.of(new ActionId(1)), "A weapon was used."), REASONS,
                        new Safeguards("None known.", List.of("Repairs"), List.of("Repairs"), officer,
                                Option.none(), Option.none(), Option.some("In writing to the Complaints Team.")),
                        UkTime.dateOf(Instant.now()).plusMonths(6),
                        Option.none(), true))).get();
        return id;
    }

    WebClient contractor() {
        return new WebClient(fixture.app.port()).withToken(Role.CONTRACTOR);
    }

    JsonNode json(HttpResponse<String> r) {
        return mapper.readTree(r.body());
    }

    java.util.List<String> listed(HttpResponse<String> r) {
        java.util.List<String> listed = new java.util.ArrayList<>();
        json(r).get("properties").values().forEach(p -> listed.add(p.path("uprn").asString("no UPRN") + " "
                + p.get("address").asString()));
        return listed;
    }

    @Test
    @DisplayName("found by postcode, however it is typed, and the first line: one entry per property, however many"
            + " live there, each with its UPRN and address; a property with no UPRN is listed without one")
    void foundByPostcodeAndFirstLine() {
        HttpResponse<String> r = contractor().getJson("/api/visits/properties?postcode=e83ab&address=14+Mare+Street");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(listed(r)).containsExactly("300000000001 Flat 2, 14 Mare Street, E8 3AB",
                "300000000002 Flat 3, 14 Mare Street, E8 3AB", "no UPRN Flat 4, 14 Mare Street, E8 3AB");
        assertThat(json(r).get("more").asBoolean()).isFalse();
        assertThat(listed(contractor().getJson("/api/visits/properties?postcode=E8%203AB&address=flat%202")))
                .containsExactly("300000000001 Flat 2, 14 Mare Street, E8 3AB");
    }

    @Test
    @DisplayName("a contractor's answer carries no name, resident reference or instruction: its only fields are the"
            + " properties' UPRN and address, and whether there are more")
    void carriesNoNameReferenceOrInstruction() {
        HttpResponse<String> r = contractor().getJson("/api/visits/properties?postcode=E8+3AB");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(SafeVisitApiTest.fieldNames(json(r))).containsExactlyInAnyOrder("properties", "uprn", "address",
                "more");
        for (String never : java.util.List.of("Ada", "Ben", "Flatmate", "Nouprn", "R-A", restricted.toString(),
                "TWO_PERSON_VISIT", "Two-person", "alone", REASONS, "hammer", "weapon")) {
            assertThat(r.body()).as("never in a contractor's answer").doesNotContain(never);
        }
    }

    @Test
    @DisplayName("a postcode that is missing or not a UK postcode is refused with 422 naming the field postcode, and"
            + " a long address naming address; both at once")
    void badPostcodeIsRefusedNamingTheField() {
        HttpResponse<String> missing = contractor().getJson("/api/visits/properties?address=14+Mare+Street");
        HttpResponse<String> notOne = contractor().getJson("/api/visits/properties?postcode=Mare+Street");
        HttpResponse<String> both = contractor().getJson("/api/visits/properties?postcode=E8&address="
                + "a+b+c+d+e+f+g+h+i");

        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(missing.body()).contains("\"field\":\"postcode\"").contains("Enter the property's postcode");
        assertThat(notOne.statusCode()).isEqualTo(422);
        assertThat(notOne.body()).contains("\"field\":\"postcode\"").contains("That is not a UK postcode");
        assertThat(both.statusCode()).isEqualTo(422);
        assertThat(both.body()).contains("\"field\":\"postcode\"").contains("\"field\":\"address\"");
    }

    @Test
    @DisplayName("too many matches: at most 20 properties are listed, and the answer says there are more, to narrow"
            + " it by the address")
    void tooManyMatches() {
        HttpResponse<String> all = contractor().getJson("/api/visits/properties?postcode=E9+7AA");
        HttpResponse<String> narrowed = contractor().getJson("/api/visits/properties?postcode=E9+7AA&address=flat+21");

        assertThat(json(all).get("properties").size()).isEqualTo(20);
        assertThat(json(all).get("more").asBoolean()).isTrue();
        assertThat(listed(narrowed)).containsExactly("310000000021 Flat 21, Tall Tower, E9 7AA");
        assertThat(json(narrowed).get("more").asBoolean()).isFalse();
    }

    @Test
    @DisplayName("every look-up by address is audited on the contractor: who, what was searched, how many found")
    void everyLookUpIsAudited() {
        StaffId cody = fixture.staffOf.get(Role.CONTRACTOR);
        contractor().getJson("/api/visits/properties?postcode=E8+3AB&address=flat+3");

        AuditLog.Entry entry = fixture.uca.audit.all().filter(e -> e.who().equals(cody)).last();
        assertThat(entry.why()).isEqualTo("searched for properties at postcode E8 3AB with \"flat 3\": 1 found");
        assertThat(entry.caseId()).isEmpty();
        assertThat(entry.resident()).isEmpty();
        assertThat(entry.outcome()).isEqualTo(AuditLog.Outcome.ACCEPTED);
    }

    @Test
    @DisplayName("the same access rules as the look-up by UPRN: only a contractor, or a safe-visit credential; any"
            + " other role or a resident-sync credential is refused with 403")
    void sameAccessRulesAsByUprn() {
        WebClient system = new WebClient(fixture.app.port()).withBearer(newSecret("Works orders", "SAFE_VISIT"));
        WebClient sync = new WebClient(fixture.app.port()).withBearer(newSecret("Nightly sync", null));

        HttpResponse<String> bySystem = system.getJson("/api/visits/properties?postcode=E8+3AB&address=flat+2");
        HttpResponse<String> bySync = sync.getJson("/api/visits/properties?postcode=E8+3AB");
        HttpResponse<String> byOfficer = new WebClient(fixture.app.port()).withToken(Role.OFFICER)
                .getJson("/api/visits/properties?postcode=E8+3AB");

        assertThat(bySystem.statusCode()).as(bySystem.body()).isEqualTo(200);
        assertThat(listed(bySystem)).containsExactly("300000000001 Flat 2, 14 Mare Street, E8 3AB");
        AuditLog.Entry bySystemAudited = fixture.uca.audit.all().filter(e -> e.who().value().startsWith("machine:")
                && e.outcome() == AuditLog.Outcome.ACCEPTED).last();
        assertThat(bySystemAudited.why()).isEqualTo("searched for properties at postcode E8 3AB with \"flat 2\""
                + " (machine credential " + bySystemAudited.who().value().substring("machine:".length())
                + "): 1 found");
        assertThat(bySync.statusCode()).isEqualTo(403);
        assertThat(byOfficer.statusCode()).isEqualTo(403);
    }

    @Test
    @DisplayName("the safe-visit page offers the search by address; its results link each property to its safe"
            + " visit, say when one has no UPRN, and show no name; a bad postcode is shown in the error summary")
    void thePage() {
        WebClient cody = new WebClient(fixture.app.port()).signIn(Role.CONTRACTOR);

        HttpResponse<String> visits = cody.get("/visits");
        HttpResponse<String> found = cody.get("/visits/properties?postcode=e8+3ab&address=14+Mare+Street");
        HttpResponse<String> many = cody.get("/visits/properties?postcode=E9+7AA&address=");
        HttpResponse<String> bad = cody.get("/visits/properties?postcode=Mare+Street&address=14");
        HttpResponse<String> visit = cody.get("/visits?uprn=300000000001");

        assertThat(visits.body()).contains("action=\"/visits/properties\"").contains("for=\"postcode\"")
                .contains("for=\"address\"");
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains("3 properties found")
                .contains("href=\"/visits?uprn=300000000001\"").contains("Flat 2, 14 Mare Street, E8 3AB")
                .contains("Flat 4, 14 Mare Street, E8 3AB: <strong>no UPRN</strong>, ask the housing office on "
                        + WebFixture.LANDLORD.phone())
                .contains("value=\"e8 3ab\"");
        for (String never : java.util.List.of("Ada", "Flatmate", "R-A1", "Two-person", REASONS)) {
            assertThat(found.body()).doesNotContain(never);
        }
        assertThat(many.body()).contains("More than 20 properties found").contains("Add the house number or name");
        assertThat(bad.statusCode()).isEqualTo(422);
        assertThat(bad.body()).contains("govuk-error-summary").contains("<a href=\"#postcode\">That is not a UK"
                + " postcode").contains("id=\"postcode-error\"").contains("aria-describedby=\"postcode-hint"
                + " postcode-error\"");
        assertThat(visit.body()).contains("Two-person visit: do not attend alone.");
    }

    @Test
    @DisplayName("a contractor limited to the properties of their work finds only those by address: none outside it,"
            + " and none without a UPRN")
    void onlyThePropertiesOfTheirWork() {
        WebFixture.NewCredential limited = fixture.newMachineCredential("Limited works orders", "SAFE_VISIT");
        String id = limited.id();
        String secret = limited.secret();
        HttpResponse<String> set = new WebClient(fixture.app.port()).withToken(Role.ADMINISTRATOR).putJson(
                "/api/admin/machine-credentials/" + id + "/properties",
                "{\"limited\":true,\"uprns\":[\"300000000002\"]}");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);

        HttpResponse<String> r = new WebClient(fixture.app.port()).withBearer(secret)
                .getJson("/api/visits/properties?postcode=E8+3AB&address=14+Mare+Street");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(listed(r)).containsExactly("300000000002 Flat 3, 14 Mare Street, E8 3AB");
    }

    @Test
    @DisplayName("a limited contractor at a postcode with more properties than a page finds their own, whichever it"
            + " is, and learns nothing of how many others there are")
    void theirOwnAmongManyAndNoCountOfOthers() {
        HttpResponse<String> everyone = contractor().getJson("/api/visits/properties?postcode=E9+7AA");
        java.util.Set<String> shown = new java.util.HashSet<>();
        json(everyone).get("properties").forEach(p -> shown.add(p.get("uprn").asString()));
        String crowdedOut = java.util.stream.LongStream.rangeClosed(1, 21).mapToObj(n -> String.valueOf(
                310000000000L + n)).filter(u -> !shown.contains(u)).findFirst().orElseThrow();
        WebFixture.NewCredential tower = fixture.newMachineCredential("Tower works", "SAFE_VISIT");
        String id = tower.id();
        String secret = tower.secret();
        assertThat(new WebClient(fixture.app.port()).withToken(Role.ADMINISTRATOR).putJson(
                "/api/admin/machine-credentials/" + id + "/properties",
                "{\"limited\":true,\"uprns\":[\"" + crowdedOut + "\"]}").statusCode()).isEqualTo(200);

        HttpResponse<String> r = new WebClient(fixture.app.port()).withBearer(secret)
                .getJson("/api/visits/properties?postcode=E9+7AA");

        assertThat(json(r).get("properties").size()).isEqualTo(1);
        assertThat(json(r).get("properties").get(0).get("uprn").asString()).isEqualTo(crowdedOut);
        assertThat(json(r).get("more").asBoolean()).as("no hint of the others").isFalse();
    }

    String newSecret(String name, String scope) {
        return fixture.newMachineCredential(name, scope).secret();
    }
}

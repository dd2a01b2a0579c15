package org.uca.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import io.vavr.control.Option;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Iterator;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.uca.adapter.web.support.WebClient;
import org.uca.adapter.web.support.WebFixture;
import org.uca.application.port.in.AuthoriseMeasuresUseCase;
import org.uca.application.port.in.RecordUnacceptableActionsUseCase;
import org.uca.application.port.out.AccessLog;
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
import org.uca.domain.measures.Measure;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;
import org.uca.domain.shared.Channel;
import org.uca.domain.shared.UkTime;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 14 §1: a contractor asks what a visitor must do at a property or for a resident, and gets that and nothing
 * else; a property marker stays on the property, a person's instruction follows them when the sync moves them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SafeVisitApiTest {

    static final String INCIDENT = "Threatened the gas engineer with a hammer at the front door.";
    static final String REASONS = "The resident threatened a contractor with a weapon; staff must not visit alone.";
    static final String NOTES = "Known mental health support plan; adjustments considered with the support worker.";
    static final String DESCRIBED = "Leave the dog-guard gate shut; the Rottweiler is loose.";

    WebFixture fixture;
    CaseId markerCase;
    CaseId personCase;
    final JsonMapper mapper = JsonMapper.builder().build();

    @BeforeAll
    void start() {
        fixture = new WebFixture();
        fixture.app.start(0);
        fixture.uca.residents.add(resident("R-M", "Mo Marker", "10 Flag Street", "200000000001"));
        fixture.uca.residents.add(resident("R-P", "Pat Person", "20 Other Road", "200000000002"));
        fixture.uca.residents.add(resident("R-N", "Nia Neighbour", "10 Flag Street", "200000000001"));
        markerCase = restrict("R-M", true, new ContactStandard.AccompaniedPersonalContactOnly(),
                new ContactStandard.OtherContactStandard(DESCRIBED), new ContactStandard.OfficeBan());
        personCase = restrict("R-P", false, new ContactStandard.SinglePointOfContact(
                fixture.staffOf.get(Role.OFFICER), "Olive Officer"));
    }

    @AfterAll
    void stop() {
        fixture.app.stop();
    }

    static Resident resident(String id, String name, String line, String uprn) {
        return new Resident(new ResidentId(id), name, List.of(line), "N1 1AA", Option.some(uprn), Option.none(),
                Option.none(), Option.none(), Option.none(), Option.none());
    }

    /** A case with one decision in force, authorised at once for safety, for the property too if asked. */
    CaseId restrict(String resident, boolean forTheProperty, Measure... measures) {
        StaffId officer = fixture.staffOf.get(Role.OFFICER);
        StaffId director = fixture.staffOf.get(Role.DIRECTOR);
        CaseId id = fixture.uca.application.recordUnacceptableActions().recordActions(
                new RecordUnacceptableActionsUseCase.Command(officer, new ResidentId(resident), List.of(
                        new ActionReport(ActionKind.THREATS, "", Set.of(AffectedParty.CONTRACTOR),
                                Instant.now().minusSeconds(600), Channel.IN_PERSON, officer, INCIDENT, true))))
                .get().caseId();
        fixture.uca.application.authoriseMeasures().authorise(new AuthoriseMeasuresUseCase.Command(director, id,
                new MeasuresProposal(List.of(measures), new Grounds.ImmediateForSafety(List.of(new ActionId(1)),
                        "A weapon was used; a warning first would leave contractors at risk."), REASONS,
                        new Safeguards(NOTES, List.of("Repairs"), List.of("Repairs"), officer, Option.none(),
                                Option.none(), Option.some("In writing to the Complaints Team.")),
                        UkTime.dateOf(Instant.now()).plusMonths(6), Option.none(),
                        forTheProperty))).get();
        return id;
    }

    WebClient contractor() {
        return new WebClient(fixture.app.port()).withToken(Role.CONTRACTOR);
    }

    JsonNode json(HttpResponse<String> r) {
        return mapper.readTree(r.body());
    }

    /** Every field name anywhere in the JSON. */
    static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        collect(node, names);
        return names;
    }

    private static void collect(JsonNode node, Set<String> names) {
        if (node.isObject()) {
            for (var field : node.properties()) {
                names.add(field.getKey());
                collect(field.getValue(), names);
            }
        } else if (node.isArray()) {
            for (Iterator<JsonNode> i = node.values().iterator(); i.hasNext(); ) {
                collect(i.next(), names);
            }
        }
    }

    void carriesNothingElse(HttpResponse<String> r) {
        for (String never : java.util.List.of(INCIDENT, REASONS, NOTES, DESCRIBED, "Mo Marker", "Nia Neighbour",
                "Pat Person", "Flag Street", "Other Road", "R-N", "Ban from our offices", "offices",
                markerCase.toString(), personCase.toString(), "Threat", "hammer", "Rottweiler", "mental")) {
            assertThat(r.body()).as("never in a contractor's answer").doesNotContain(never);
        }
    }

    @Test
    @DisplayName("by property: the instructions worded for a visitor, and the answer's complete set of fields is the"
            + " property, the instructions, their code, words and contact: no reason, incident, note, name or"
            + " staff's own words anywhere")
    void byPropertyCarriesNoneOfTheFieldsItMustNot() {
        HttpResponse<String> r = contractor().getJson("/api/visits?uprn=200000000001");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(fieldNames(json(r))).containsExactlyInAnyOrder("uprn", "instructions", "code", "instruction",
                "contact", "name", "phone");
        assertThat(json(r).get("uprn").asString()).isEqualTo("200000000001");
        assertThat(json(r).get("instructions").findValuesAsString("code")).containsExactly("TWO_PERSON_VISIT",
                "APPOINTMENT_ONLY", "CHECK_BEFORE_ATTENDING");
        assertThat(r.body()).contains("Two-person visit: do not attend alone.")
                .contains("Check with the housing office before attending.")
                .contains(WebFixture.LANDLORD.phone());
        carriesNothingElse(r);
    }

    @Test
    @DisplayName("by resident: the resident's own instructions, with their single point of contact by name and the"
            + " landlord's number; the fields are the resident, the instructions, code, words and contact")
    void byResident() {
        HttpResponse<String> r = contractor().getJson("/api/visits?resident=R-P");

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(fieldNames(json(r))).containsExactlyInAnyOrder("resident", "instructions", "code", "instruction",
                "contact", "name", "phone");
        assertThat(r.body()).contains("Do not attend without first contacting Olive Officer, the resident's single"
                + " point of contact.");
        carriesNothingElse(r);
    }

    @Test
    @DisplayName("every look-up is logged on the case it read, naming the contractor and the property, and shown on"
            + " the case's audit page")
    void everyLookUpIsLogged() {
        StaffId cody = fixture.staffOf.get(Role.CONTRACTOR);
        contractor().getJson("/api/visits?uprn=200000000001");

        var looks = fixture.uca.access.all().filter(a -> a.who().equals(cody));
        assertThat(looks.filter(a -> a.caseId().contains(markerCase)).map(AccessLog.Access::what))
                .contains("the safe-visit instructions for property 200000000001");
        assertThat(looks.filter(a -> a.resident().contains(new ResidentId("R-N")))).as("the neighbour with no case")
                .isNotEmpty();
        HttpResponse<String> audit = new WebClient(fixture.app.port()).withToken(Role.SERVICE_MANAGER)
                .getJson("/api/cases/" + markerCase + "/audit");
        assertThat(audit.body()).contains("the safe-visit instructions for property 200000000001")
                .contains(cody.value());
    }

    @Test
    @DisplayName("an unknown UPRN or resident is a 404 saying so, and that look-up is audited too; a UPRN that is"
            + " not one, or both or neither asked, is refused naming the field")
    void unknownAndBadInput() {
        var cody = fixture.staffOf.get(Role.CONTRACTOR);
        long notFoundBefore = fixture.uca.audit.all().count(e -> e.who().equals(cody)
                && e.outcome() == org.uca.application.port.out.AuditLog.Outcome.NOT_FOUND);
        HttpResponse<String> noProperty = contractor().getJson("/api/visits?uprn=999999999999");
        HttpResponse<String> noResident = contractor().getJson("/api/visits?resident=R-NOBODY");
        HttpResponse<String> notAUprn = contractor().getJson("/api/visits?uprn=10%20Flag%20Street");
        HttpResponse<String> both = contractor().getJson("/api/visits?uprn=200000000001&resident=R-P");
        HttpResponse<String> neither = contractor().getJson("/api/visits");

        assertThat(noProperty.statusCode()).isEqualTo(404);
        assertThat(noProperty.body()).contains("There is no property with UPRN 999999999999 in the housing system");
        assertThat(noResident.statusCode()).isEqualTo(404);
        assertThat(noResident.body()).contains("There is no resident R-NOBODY in the housing system.");
        assertThat(fixture.uca.audit.all().filter(e -> e.who().equals(cody)
                && e.outcome() == org.uca.application.port.out.AuditLog.Outcome.NOT_FOUND).drop((int) notFoundBefore)
                .map(e -> e.why())).as("which property or resident was asked, and when")
                .anyMatch(w -> w.contains("999999999999")).anyMatch(w -> w.contains("R-NOBODY"));
        assertThat(notAUprn.statusCode()).isEqualTo(422);
        assertThat(notAUprn.body()).contains("\"uprn\"").contains("is not a UPRN");
        assertThat(both.statusCode()).isEqualTo(422);
        assertThat(neither.statusCode()).isEqualTo(422);
    }

    @Test
    @DisplayName("a contractor's account asking for anything else is refused with 403, and audited")
    void contractorRoleAsksNothingElse() {
        long before = fixture.uca.audit.all().count(e -> e.who().equals(fixture.staffOf.get(Role.CONTRACTOR)));

        HttpResponse<String> theCase = contractor().getJson("/api/cases/" + markerCase);
        HttpResponse<String> guidance = contractor().getJson("/api/residents/R-M/guidance");

        assertThat(theCase.statusCode()).isEqualTo(403);
        assertThat(guidance.statusCode()).isEqualTo(403);
        assertThat(fixture.uca.audit.all().count(e -> e.who().equals(fixture.staffOf.get(Role.CONTRACTOR))))
                .isEqualTo(before + 2);
    }

    @Test
    @DisplayName("a contractor signed in who opens any other page (administration, a case's form) is refused with"
            + " 403, and each refusal is audited once")
    void contractorPagesRefusedAndAudited() {
        WebClient cody = new WebClient(fixture.app.port()).signIn(Role.CONTRACTOR);
        String who = fixture.staffOf.get(Role.CONTRACTOR).toString();
        int before = fixture.refusals.size();

        HttpResponse<String> credentials = cody.get("/admin/machine-credentials");
        HttpResponse<String> webhooks = cody.get("/admin/webhooks");
        HttpResponse<String> record = cody.get("/cases/" + markerCase.value() + "/warning");

        assertThat(credentials.statusCode()).isEqualTo(403);
        assertThat(webhooks.statusCode()).isEqualTo(403);
        assertThat(record.statusCode()).isIn(403, 404);
        assertThat(fixture.refusals.subList(before, fixture.refusals.size()))
                .filteredOn(r -> r.startsWith(who))
                .anyMatch(r -> r.contains("MANAGE_MACHINE_CREDENTIALS GET /admin/machine-credentials"))
                .anyMatch(r -> r.contains("MANAGE_WEBHOOKS GET /admin/webhooks"))
                .hasSizeGreaterThanOrEqualTo(2);
        assertThat(fixture.refusals.subList(before, fixture.refusals.size()))
                .filteredOn(r -> r.contains("GET /admin/webhooks")).hasSize(1);
    }

    String newSecret(String name, String scope) {
        return fixture.newMachineCredential(name, scope).secret();
    }

    @Test
    @DisplayName("a contractor's system with a safe-visit credential asks the same question; anything else is 403"
            + " and audited as that credential; a resident-sync credential may not ask it")
    void contractorsCredential() {
        String secret = newSecret("Repairs partner works orders", "SAFE_VISIT");
        WebClient system = new WebClient(fixture.app.port()).withBearer(secret);
        int refusalsBefore = fixture.refusals.size();

        HttpResponse<String> visit = system.getJson("/api/visits?uprn=200000000001");
        HttpResponse<String> search = system.getJson("/api/residents?q=Mo");
        HttpResponse<String> sync = system.putJson("/api/residents/R-M", "{\"name\":\"Mo Marker\","
                + "\"address_line_1\":\"10 Flag Street\"}");

        assertThat(visit.statusCode()).as(visit.body()).isEqualTo(200);
        assertThat(fieldNames(json(visit))).containsExactlyInAnyOrder("uprn", "instructions", "code", "instruction",
                "contact", "name", "phone");
        carriesNothingElse(visit);
        assertThat(fixture.uca.access.all().filter(a -> a.who().value().startsWith("machine:")
                && a.caseId().contains(markerCase))).isNotEmpty();
        assertThat(search.statusCode()).isEqualTo(403);
        assertThat(sync.statusCode()).isEqualTo(403);
        assertThat(fixture.refusals.subList(refusalsBefore, fixture.refusals.size()))
                .hasSize(2).allMatch(line -> line.startsWith("machine:"));

        WebClient housingSystem = new WebClient(fixture.app.port()).withBearer(newSecret("Nightly sync", null));
        assertThat(housingSystem.getJson("/api/visits?uprn=200000000001").statusCode()).isEqualTo(403);
    }

    @Test
    @DisplayName("across a resident sync that moves them: an instruction held on the property stays there and also"
            + " follows the resident; a person-only instruction follows the resident and leaves the old address")
    void propertyMarkersAcrossASync() {
        WebClient sync = new WebClient(fixture.app.port()).withBearer(newSecret("Sync", null));
        assertThat(sync.putJson("/api/residents/R-M", "{\"name\":\"Mo Marker\",\"address_line_1\":\"1 New Place\","
                + "\"uprn\":\"200000000003\"}").statusCode()).isEqualTo(200);
        assertThat(sync.putJson("/api/residents/R-P", "{\"name\":\"Pat Person\",\"address_line_1\":\"4 Far Lane\","
                + "\"uprn\":\"200000000004\"}").statusCode()).isEqualTo(200);

        HttpResponse<String> oldMarked = contractor().getJson("/api/visits?uprn=200000000001");
        HttpResponse<String> newOfMarked = contractor().getJson("/api/visits?uprn=200000000003");
        HttpResponse<String> oldOfPerson = contractor().getJson("/api/visits?uprn=200000000002");
        HttpResponse<String> newOfPerson = contractor().getJson("/api/visits?uprn=200000000004");

        assertThat(oldMarked.body()).as("held on the property").contains("TWO_PERSON_VISIT");
        assertThat(newOfMarked.body()).as("follows the resident").contains("TWO_PERSON_VISIT");
        assertThat(oldOfPerson.statusCode()).as("nobody there and nothing held on it").isEqualTo(404);
        assertThat(newOfPerson.body()).as("follows the resident").contains("CONTACT_BEFORE_ATTENDING");
        assertThat(newOfPerson.body()).doesNotContain("TWO_PERSON_VISIT");
    }

    @Test
    @DisplayName("staff see on the case which property a restriction is held on, in the page and its JSON; a"
            + " restriction about the person only names none")
    void theCaseSaysWhichPropertyItIsHeldOn() {
        WebClient manager = new WebClient(fixture.app.port()).withToken(Role.SERVICE_MANAGER);
        JsonNode marked = json(manager.getJson("/api/cases/" + markerCase.value()));
        JsonNode personal = json(manager.getJson("/api/cases/" + personCase.value()));
        String page = new WebClient(fixture.app.port()).signIn(Role.SERVICE_MANAGER).get("/cases/" + markerCase.value())
                .body();

        assertThat(marked.at("/decisions/0/heldOnProperty").asString()).isEqualTo("200000000001");
        assertThat(personal.at("/decisions/0/heldOnProperty").isNull()).isTrue();
        assertThat(page).contains("Held on the property").contains("UPRN 200000000001");
    }

    @Test
    @DisplayName("the contractor's page: signed in, a contractor lands on the safe-visit look-up and reads the"
            + " instructions with the number to call, and nothing else about the resident")
    void thePage() {
        WebClient cody = new WebClient(fixture.app.port()).signIn(Role.CONTRACTOR);

        HttpResponse<String> home = cody.get("/");
        HttpResponse<String> page = cody.get("/visits?uprn=200000000001");
        HttpResponse<String> unknown = cody.get("/visits?uprn=999999999999");

        assertThat(home.statusCode()).isIn(302, 303);
        assertThat(home.headers().firstValue("Location")).hasValue("/visits");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Two-person visit: do not attend alone.")
                .contains("Call " + WebFixture.LANDLORD.phone());
        carriesNothingElse(page);
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("There is no property with UPRN 999999999999");
    }
}

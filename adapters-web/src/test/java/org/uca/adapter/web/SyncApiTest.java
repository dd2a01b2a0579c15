package org.uca.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.uca.adapter.web.support.WebClient;
import org.uca.adapter.web.support.WebFixture;
import org.uca.application.port.out.AuditLog;
import org.uca.application.port.out.Role;
import org.uca.domain.people.ResidentId;

/**
 * Issue 11 point 5: the housing system's nightly sync with a machine client credential an administrator creates:
 * scoped to the sync routes, refused at once when revoked, and audited as that credential.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyncApiTest {

    WebFixture fixture;

    @BeforeAll
    void start() {
        fixture = new WebFixture();
        fixture.app.start(0);
    }

    @AfterAll
    void stop() {
        fixture.app.stop();
    }

    WebClient admin() {
        return new WebClient(fixture.app.port()).withToken(Role.ADMINISTRATOR);
    }

    /** A new credential's secret, as the administrator is shown it once. */
    String newSecret(String name) {
        HttpResponse<String> created = admin().postJson("/api/admin/machine-credentials", "{\"name\":\"" + name
                + "\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Matcher m = Pattern.compile("\"secret\":\"(uca_mc_[^\"]+)\"").matcher(created.body());
        assertThat(m.find()).as(created.body()).isTrue();
        return m.group(1);
    }

    WebClient machine(String secret) {
        return new WebClient(fixture.app.port()).withBearer(secret);
    }

    @Test
    @DisplayName("a sync row is the whole record, as the guide says: the guide's PUT then batch gives 1 added,"
            + " 1 unchanged; a row that leaves out the postcode clears it and counts as changed")
    void aSyncRowIsTheWholeRecord() {
        WebClient sync = machine(newSecret("The guide's example"));
        String whole = "\"name\":\"Alex Morgan\",\"address_line_1\":\"7 New Street\",\"postcode\":\"SW1A 1AA\","
                + "\"tenancy_start\":\"2019-04-01\"";
        assertThat(sync.putJson("/api/residents/R-1003", "{" + whole + "}").statusCode()).isIn(200, 201);

        HttpResponse<String> batch = sync.postJson("/api/residents/batch", "{\"residents\":[{\"reference\":\"R-1003\","
                + whole + "},{\"reference\":\"R-2001\",\"name\":\"Sam Patel\",\"address_line_1\":\"1 Canal Walk\","
                + "\"tenancy_end\":\"2026-11-30\"}]}");
        HttpResponse<String> partial = sync.postJson("/api/residents/batch", "{\"residents\":[{\"reference\":"
                + "\"R-1003\",\"name\":\"Alex Morgan\",\"address_line_1\":\"7 New Street\"}]}");

        assertThat(batch.body()).isEqualTo("{\"added\":1,\"changed\":0,\"unchanged\":1}");
        assertThat(partial.body()).isEqualTo("{\"added\":0,\"changed\":1,\"unchanged\":0}");
        var held = fixture.uca.residents.find(new org.uca.domain.people.ResidentId("R-1003")).get();
        assertThat(held.postcode()).as("left out, so cleared").isNullOrEmpty();
    }

    @Test
    @DisplayName("issue 11: a resident who moves keeps their case; a new one is added (201), a repeat is unchanged")
    void movedResidentKeepsCase() {
        WebClient sync = machine(newSecret("Housing system nightly sync"));
        var caseBefore = fixture.uca.cases.findByResident(WebFixture.CASE_RESIDENT);
        assertThat(caseBefore).isNotEmpty();

        HttpResponse<String> moved = sync.putJson("/api/residents/R-1", "{\"name\":\"Carol Case\","
                + "\"address_line_1\":\"9 Low Road\",\"postcode\":\"n1 2bb\",\"tenancy_end\":\"2026-11-30\"}");
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
        assertThat(moved.body()).contains("\"change\":\"CHANGED\"");
        assertThat(fixture.uca.residents.find(WebFixture.CASE_RESIDENT).get().postcode()).isEqualTo("N1 2BB");
        assertThat(fixture.uca.cases.findByResident(WebFixture.CASE_RESIDENT)).isEqualTo(caseBefore);

        HttpResponse<String> added = sync.putJson("/api/residents/R-900", "{\"name\":\"Dan New\","
                + "\"address_line_1\":\"1 New Row\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        HttpResponse<String> again = sync.putJson("/api/residents/R-900", "{\"name\":\"Dan New\","
                + "\"address_line_1\":\"1 New Row\"}");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("\"change\":\"UNCHANGED\"");
        assertThat(fixture.uca.audit.all().filter(e -> e.who().value().startsWith("machine:")
                && e.outcome() == AuditLog.Outcome.ACCEPTED).map(AuditLog.Entry::why))
                .anyMatch(why -> why.startsWith("Resident R-1 changed by the housing system's sync (machine"
                        + " credential "));
    }

    @Test
    @DisplayName("a batch is all or nothing: one bad resident is a 422 naming its index and field, and none is stored")
    void batchAllOrNothing() {
        WebClient sync = machine(newSecret("Batch"));
        HttpResponse<String> refused = sync.postJson("/api/residents/batch", "{\"residents\":["
                + "{\"reference\":\"B-1\",\"name\":\"Bo One\",\"address_line_1\":\"1 Row\"},"
                + "{\"reference\":\"B-2\",\"name\":\"Bo Two\",\"address_line_1\":\"2 Row\",\"postcode\":\"nope\","
                + "\"colour\":\"red\"}]}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("residents[1].postcode").contains("residents[1].colour")
                .doesNotContain("residents[0]");
        assertThat(fixture.uca.residents.find(new ResidentId("B-1"))).isEmpty();

        HttpResponse<String> applied = sync.postJson("/api/residents/batch", "{\"residents\":["
                + "{\"reference\":\"B-1\",\"name\":\"Bo One\",\"address_line_1\":\"1 Row\"},"
                + "{\"reference\":\"B-2\",\"name\":\"Bo Two\",\"address_line_1\":\"2 Row\",\"uprn\":100023336956}]}");
        assertThat(applied.statusCode()).as(applied.body()).isEqualTo(200);
        assertThat(applied.body()).isEqualTo("{\"added\":2,\"changed\":0,\"unchanged\":0}");
        assertThat(fixture.uca.residents.find(new ResidentId("B-2")).get().uprn()).contains("100023336956");
    }

    @Test
    @DisplayName("a name or address a letter prints is refused with an invisible character that could disguise it,"
            + " a name that is a number is refused as not text, and a blank of no-break spaces is empty")
    void lettersPrintNothingDisguised() {
        WebClient sync = machine(newSecret("Disguised names"));
        HttpResponse<String> disguised = sync.putJson("/api/residents/R-950", "{\"name\":\"Dan \\u202eweN\","
                + "\"address_line_1\":\"1 Way\\u200b\"}");
        assertThat(disguised.statusCode()).as(disguised.body()).isEqualTo(422);
        assertThat(disguised.body()).contains("\"field\":\"name\"").contains("\"field\":\"address_line_1\"")
                .contains("invisible character");
        HttpResponse<String> number = sync.putJson("/api/residents/R-950", "{\"name\":12345,"
                + "\"address_line_1\":\"1 Way\",\"uprn\":100023336956}");
        assertThat(number.statusCode()).as(number.body()).isEqualTo(422);
        assertThat(number.body()).contains("\"field\":\"name\"").doesNotContain("\"field\":\"uprn\"");
        HttpResponse<String> blank = sync.putJson("/api/residents/R-950", "{\"name\":\"\\u00a0\\u202f\","
                + "\"address_line_1\":\"1 Way\"}");
        assertThat(blank.statusCode()).as(blank.body()).isEqualTo(422);
        assertThat(blank.body()).contains("\"field\":\"name\"");
        assertThat(fixture.uca.residents.find(new ResidentId("R-950"))).isEmpty();
    }

    @Test
    @DisplayName("least privilege: a machine credential is refused (403) off the sync routes, and a staff token on"
            + " them")
    void scopedBothWays() {
        WebClient sync = machine(newSecret("Scoped"));
        assertThat(sync.getJson("/api/residents").statusCode()).isEqualTo(403);
        assertThat(sync.getJson("/api/admin/machine-credentials").statusCode()).isEqualTo(403);
        assertThat(sync.postJson("/api/residents/R-1/actions", "{}").statusCode()).isEqualTo(403);
        for (Role role : Role.values()) {
            WebClient staff = new WebClient(fixture.app.port()).withToken(role);
            assertThat(staff.putJson("/api/residents/R-1", "{\"name\":\"X\",\"address_line_1\":\"Y\"}")
                    .statusCode()).as(role.name()).isEqualTo(403);
            assertThat(staff.postJson("/api/residents/batch", "{\"residents\":[]}").statusCode()).as(role.name())
                    .isEqualTo(403);
        }
        assertThat(fixture.uca.residents.find(WebFixture.CASE_RESIDENT).get().name()).isEqualTo("Carol Case");
    }

    @Test
    @DisplayName("a revoked credential gets 401 at once, as does an unknown one; creating and revoking are audited")
    void revokedAtOnce() {
        String secret = newSecret("To revoke");
        WebClient sync = machine(secret);
        assertThat(sync.putJson("/api/residents/R-901", "{\"name\":\"Eve\",\"address_line_1\":\"1 Way\"}")
                .statusCode()).isEqualTo(201);
        String listed = admin().getJson("/api/admin/machine-credentials").body();
        Matcher id = Pattern.compile("\"id\":\"([0-9a-f]{16})\",\"name\":\"To revoke\"").matcher(listed);
        assertThat(id.find()).as(listed).isTrue();
        assertThat(listed).doesNotContain(secret).contains("\"lastUsedAt\"");

        HttpResponse<String> revoked = admin().postJson("/api/admin/machine-credentials/" + id.group(1) + "/revoke",
                "{}");
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
        assertThat(revoked.body()).contains("\"revoked\":true");
        assertThat(sync.putJson("/api/residents/R-901", "{\"name\":\"Eve\",\"address_line_1\":\"2 Way\"}")
                .statusCode()).isEqualTo(401);
        assertThat(machine("uca_mc_not-a-real-one").putJson("/api/residents/R-901", "{}").statusCode())
                .isEqualTo(401);
        assertThat(fixture.uca.audit.all().map(AuditLog.Entry::why)).anyMatch(w -> w.startsWith(
                "created machine credential " + id.group(1))).anyMatch(w -> w.startsWith(
                "revoked machine credential " + id.group(1)));
    }

    @Test
    @DisplayName("only administrators create machine credentials; a blank name is a 422 naming the field")
    void administratorsOnly() {
        WebClient officer = new WebClient(fixture.app.port()).withToken(Role.OFFICER);
        assertThat(officer.postJson("/api/admin/machine-credentials", "{\"name\":\"x\"}").statusCode())
                .isEqualTo(403);
        HttpResponse<String> blank = admin().postJson("/api/admin/machine-credentials", "{\"name\":\" \"}");
        assertThat(blank.statusCode()).isEqualTo(422);
        assertThat(blank.body()).contains("\"name\"");
    }
}

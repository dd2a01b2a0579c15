package org.uca.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.uca.adapter.web.support.WebClient;
import org.uca.adapter.web.support.WebFixture;
import org.uca.application.port.out.Role;

/** The administration API: staff and accounts as on the pages, problem details for bad input. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdministrationApiTest {

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

    @Test
    @DisplayName("an administrator adds a member of staff, creates their account (a one-time link), lists and"
            + " disables it")
    void staffAndAccounts() {
        HttpResponse<String> added = admin().postJson("/api/admin/staff", "{\"name\":\"Nia Api\",\"email\":"
                + "\"nia.api@example.org\",\"team\":\"Housing\",\"jobTitle\":\"Officer\",\"authority\":\"NONE\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        String id = added.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");

        HttpResponse<String> created = admin().postJson("/api/admin/accounts", "{\"staff\":\"" + id
                + "\",\"username\":\"nia.api\",\"role\":\"OFFICER\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains("/set-password/").contains("\"username\":\"nia.api\"");

        assertThat(admin().getJson("/api/admin/accounts?q=nia.api").body()).contains("\"passwordSet\":false")
                .contains("\"total\":1");
        assertThat(admin().getJson("/api/admin/staff?q=nia%20api").body()).contains("\"role\":\"OFFICER\"");
        HttpResponse<String> disabled = admin().postJson("/api/admin/accounts/nia.api/disable", "{}");
        assertThat(disabled.statusCode()).isEqualTo(200);
        assertThat(disabled.body()).contains("\"disabled\":true");
    }

    @Test
    @DisplayName("bad input is a 422 problem naming each field, and nothing is saved")
    void badInput() {
        long before = fixture.uca.staff.all().size();
        HttpResponse<String> refused = admin().postJson("/api/admin/staff", "{\"name\":\"\",\"email\":\"x\","
                + "\"team\":\"Housing\",\"authority\":\"NONE\"}");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("\"name\"").contains("\"email\"");
        assertThat(fixture.uca.staff.all().size()).isEqualTo(before);
    }

    @Test
    @DisplayName("only administrators: an officer is refused with 403")
    void administratorsOnly() {
        WebClient officer = new WebClient(fixture.app.port()).withToken(Role.OFFICER);
        assertThat(officer.getJson("/api/admin/staff").statusCode()).isEqualTo(403);
        assertThat(officer.postJson("/api/admin/staff", "{}").statusCode()).isEqualTo(403);
        assertThat(officer.postJson("/api/admin/accounts/officer/unlock", "{}").statusCode()).isEqualTo(403);
    }
}

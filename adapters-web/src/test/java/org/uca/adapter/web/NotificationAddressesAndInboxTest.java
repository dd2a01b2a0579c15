package org.uca.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.uca.adapter.web.support.WebClient;
import org.uca.adapter.web.support.WebFixture;
import org.uca.application.port.in.Task;
import org.uca.application.port.out.Role;

/**
 * Where notifications are e-mailed, set by administrators (page and JSON), and the Service Development Team's
 * notifications in UCA with who read each (policy 5.1: the team is told of every authorised action).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationAddressesAndInboxTest {

    WebFixture fixture;

    @BeforeAll
    void start() {
        fixture = new WebFixture(5, Instant::now);
        fixture.app.start(0);
    }

    @AfterAll
    void stop() {
        fixture.app.stop();
    }

    @Test
    @DisplayName("an administrator sets the Service Development Team's address and a team's on the page (audited);"
            + " a wrong address is shown against its field, with what was typed, and saves nothing")
    void addressesOnThePage() {
        WebClient admin = new WebClient(fixture.app.port()).signIn(Role.ADMINISTRATOR);
        assertThat(admin.get("/").body()).contains("href=\"/admin/notification-addresses\"");
        assertThat(admin.get("/admin/notification-addresses").body()).contains("Service Development Team",
                "Not set here: UCA_SDT_EMAIL is used, if set");

        HttpResponse<String> wrong = admin.post("/admin/notification-addresses/service-development-team",
                "address", "sdt@");
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("There is a problem", "Enter one e-mail address like team@example.org",
                "value=\"sdt@\"");
        assertThat(fixture.uca.notifications.addresses().serviceDevelopmentTeam()).isEmpty();

        long entries = fixture.uca.audit.count();
        assertThat(admin.post("/admin/notification-addresses/service-development-team", "address",
                "monitoring@octavia.example").statusCode()).isEqualTo(303);
        assertThat(admin.post("/admin/notification-addresses/team", "team", "Tenancy Enforcement", "address",
                "enforcement@octavia.example").statusCode()).isEqualTo(303);
        assertThat(fixture.uca.audit.count()).isEqualTo(entries + 2);
        assertThat(fixture.uca.audit.all().last().command()).isEqualTo(Task.SET_NOTIFICATION_ADDRESSES.description());
        assertThat(fixture.uca.audit.all().last().why()).contains("\"Tenancy Enforcement\": before none; after"
                + " enforcement@octavia.example");
        String page = admin.get("/admin/notification-addresses").body();
        assertThat(page).contains("monitoring@octavia.example", "Tenancy Enforcement", "enforcement@octavia.example",
                "href=\"/admin/notification-addresses/team?name=Tenancy+Enforcement\"");
        assertThat(admin.get("/admin/notification-addresses/team?name=Tenancy+Enforcement").body())
                .contains("value=\"enforcement@octavia.example\"");

        WebClient manager = new WebClient(fixture.app.port()).signIn(Role.SERVICE_MANAGER);
        assertThat(manager.get("/admin/notification-addresses").statusCode()).isEqualTo(403);
        assertThat(manager.post("/admin/notification-addresses/team", "team", "Repairs", "address", "x@y.org")
                .statusCode()).isEqualTo(403);
        assertThat(fixture.uca.notifications.addresses().forTeam("Repairs")).isEmpty();
    }

    @Test
    @DisplayName("the JSON API sets a team's address with PUT and removes it with DELETE; a blank or wrong address"
            + " is a 422 naming the field, and changes nothing")
    void addressesInTheApi() {
        WebClient admin = new WebClient(fixture.app.port()).withToken(Role.ADMINISTRATOR);
        HttpResponse<String> set = admin.putJson("/api/admin/notification-addresses/teams/Rent%20and%20Income",
                "{\"address\":\"rent@octavia.example\"}");
        assertThat(set.statusCode()).as(set.body()).isEqualTo(200);
        assertThat(set.body()).contains("\"recipient\":\"Rent and Income\"", "\"address\":\"rent@octavia.example\"");

        for (String body : new String[] {"{\"address\":\"\"}", "{\"address\":\"rent@octavia\"}", "{}"}) {
            HttpResponse<String> refused = admin.putJson("/api/admin/notification-addresses/teams/Rent%20and%20Income",
                    body);
            assertThat(refused.statusCode()).as(body).isEqualTo(422);
            assertThat(refused.body()).as(body).contains("\"address\"");
        }
        assertThat(admin.putJson("/api/admin/notification-addresses/teams/Rent%20and%20Income",
                "{\"address\":\"rent@octavia.example\",\"colour\":\"red\"}").statusCode()).isEqualTo(422);
        assertThat(fixture.uca.notifications.addresses().forTeam("rent and income").get().address())
                .isEqualTo("rent@octavia.example");

        assertThat(admin.delete("/api/admin/notification-addresses/teams/RENT%20AND%20INCOME").statusCode())
                .isEqualTo(200);
        assertThat(fixture.uca.notifications.addresses().forTeam("Rent and Income")).isEmpty();
        assertThat(new WebClient(fixture.app.port()).withToken(Role.SERVICE_DEVELOPMENT_TEAM)
                .getJson("/api/admin/notification-addresses").statusCode()).isEqualTo(403);
    }

    @Test
    @DisplayName("policy 5.1: the Service Development Team sees each notification in UCA (what, which case, when,"
            + " e-mailed or not) and who has read it; opening one records the reader, once")
    void theInbox() {
        WebClient sdt = new WebClient(fixture.app.port()).signIn(Role.SERVICE_DEVELOPMENT_TEAM);
        String list = sdt.get("/inbox").body();
        assertThat(list).contains("Notifications to the Service Development Team", "authorised on case",
                "href=\"/cases/" + fixture.caseId + "\"", "Not read", "Nobody yet", "href=\"/inbox\"");
        long id = fixture.uca.notifications.inbox(0, 1).head().id();

        String opened = sdt.get("/inbox/" + id).body();
        assertThat(opened).contains("Reasons:", "Read by");
        assertThat(fixture.uca.notifications.inboxEntry(id).get().seenBy()).hasSize(1);
        sdt.get("/inbox/" + id);
        assertThat(fixture.uca.notifications.inboxEntry(id).get().seenBy()).as("the first reading only").hasSize(1);
        assertThat(sdt.get("/inbox/999999").statusCode()).isEqualTo(404);

        WebClient api = new WebClient(fixture.app.port()).withToken(Role.SERVICE_DEVELOPMENT_TEAM);
        HttpResponse<String> listed = api.getJson("/api/inbox");
        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        assertThat(listed.body()).contains("\"id\":" + id, "\"seenBy\":[{\"staffId\":", "\"page\":1");
        assertThat(api.getJson("/api/inbox?page=0").statusCode()).isEqualTo(422);
        assertThat(api.getJson("/api/inbox/" + id).body()).contains("\"body\":");

        assertThat(new WebClient(fixture.app.port()).signIn(Role.ADMINISTRATOR).get("/inbox").statusCode())
                .as("who read what is the team's record, not the administrator's").isEqualTo(403);
        assertThat(new WebClient(fixture.app.port()).withToken(Role.OFFICER).getJson("/api/inbox").statusCode())
                .isEqualTo(403);
    }
}

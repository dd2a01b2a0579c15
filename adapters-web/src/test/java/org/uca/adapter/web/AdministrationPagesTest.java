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
import org.uca.application.port.out.Role;
import org.uca.application.port.out.StaffRecord;

/** The administration pages: staff and accounts, the one-time link, setting and changing a password. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdministrationPagesTest {

    private static final Pattern LINK = Pattern.compile("value=\"https?://[^/]+(/set-password/[A-Za-z0-9_-]+)\"");
    private static final String PASSPHRASE = "plum orbit kettle gravel";

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

    WebClient as(Role role) {
        return new WebClient(fixture.app.port()).signIn(role);
    }

    private StaffRecord added(WebClient admin, String name) {
        HttpResponse<String> added = admin.post("/admin/staff/new", "name", name, "email",
                name.toLowerCase().replace(' ', '.') + "@example.org", "team", "Housing", "jobTitle", "Officer",
                "authority", "NONE");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(303);
        return fixture.uca.staff.searchStaff(name, 1, 10).items().head();
    }

    private String linkFrom(HttpResponse<String> page) {
        Matcher m = LINK.matcher(page.body());
        assertThat(m.find()).as(page.body()).isTrue();
        return m.group(1);
    }

    @Test
    @DisplayName("Administration is in the navigation for administrators only")
    void navigation() {
        assertThat(as(Role.ADMINISTRATOR).get("/").body()).contains("href=\"/admin/staff\"");
        assertThat(as(Role.OFFICER).get("/").body()).doesNotContain("href=\"/admin/staff\"")
                .contains("href=\"/account/password\"");
        assertThat(as(Role.OFFICER).get("/admin/staff").statusCode()).isEqualTo(403);
        assertThat(as(Role.SERVICE_MANAGER).post("/admin/staff/new", "name", "X").statusCode()).isEqualTo(403);
    }

    @Test
    @DisplayName("adding a member of staff with bad input shows each error by its field and saves nothing")
    void fieldErrors() {
        long before = fixture.uca.staff.all().size();
        HttpResponse<String> refused = as(Role.ADMINISTRATOR).post("/admin/staff/new", "name", "", "email", "nope",
                "team", "Housing", "jobTitle", "", "authority", "NONE");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("govuk-error-summary").contains("Give the member of staff")
                .contains("Enter an email address like").contains("value=\"nope\"");
        assertThat(fixture.uca.staff.all().size()).isEqualTo(before);
    }

    @Test
    @DisplayName("an administrator adds a member of staff and creates their account; the holder sets a password"
            + " from the one-time link (once) and signs in")
    void accountFromLinkToSignIn() {
        WebClient admin = as(Role.ADMINISTRATOR);
        StaffRecord nia = added(admin, "Nia Evans");
        assertThat(admin.get("/admin/staff?q=nia").body()).contains("Nia Evans").contains("Create account");

        String link = linkFrom(admin.post("/admin/staff/" + nia.member().id() + "/account", "username", "nia.evans",
                "role", "OFFICER"));
        WebClient holder = new WebClient(fixture.app.port());
        HttpResponse<String> form = holder.get(link);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.headers().firstValue("Referrer-Policy")).contains("no-referrer");
        assertThat(holder.post(link, "password", "short", "confirmation", "short").statusCode()).isEqualTo(422);
        HttpResponse<String> set = holder.post(link, "password", PASSPHRASE, "confirmation", PASSPHRASE);
        assertThat(set.body()).contains("Your password is set");
        assertThat(holder.get(link).statusCode()).as("the link works once").isEqualTo(404);

        WebClient nias = new WebClient(fixture.app.port()).signIn("nia.evans", PASSPHRASE);
        assertThat(nias.get("/").body()).contains("Nia Evans");
    }

    @Test
    @DisplayName("a disabled account cannot sign in; the accounts list offers reset, disable and unlock")
    void disable() {
        WebClient admin = as(Role.ADMINISTRATOR);
        StaffRecord bo = added(admin, "Bo Disabled");
        String link = linkFrom(admin.post("/admin/staff/" + bo.member().id() + "/account", "username", "bo.disabled",
                "role", "OFFICER"));
        WebClient holder = new WebClient(fixture.app.port());
        holder.get(link);
        holder.post(link, "password", PASSPHRASE, "confirmation", PASSPHRASE);

        assertThat(admin.get("/admin/accounts?q=bo.disabled").body()).contains("bo.disabled").contains("Active")
                .contains("/admin/accounts/bo.disabled/disable");
        assertThat(admin.post("/admin/accounts/bo.disabled/disable").statusCode()).isEqualTo(303);

        WebClient refused = new WebClient(fixture.app.port());
        refused.get("/sign-in");
        HttpResponse<String> signIn = refused.post("/sign-in", "username", "bo.disabled", "password", PASSPHRASE);
        assertThat(signIn.statusCode()).isEqualTo(401);
        assertThat(admin.get("/admin/accounts?q=bo.disabled").body()).contains("Disabled");
    }

    @Test
    @DisplayName("everyone changes their own password, giving the current one; a wrong one is a field error")
    void changeOwnPassword() {
        WebClient admin = as(Role.ADMINISTRATOR);
        StaffRecord cy = added(admin, "Cy Changer");
        String link = linkFrom(admin.post("/admin/staff/" + cy.member().id() + "/account", "username", "cy.changer",
                "role", "OFFICER"));
        WebClient holder = new WebClient(fixture.app.port());
        holder.get(link);
        holder.post(link, "password", PASSPHRASE, "confirmation", PASSPHRASE);
        WebClient cys = new WebClient(fixture.app.port()).signIn("cy.changer", PASSPHRASE);
        cys.get("/account/password");

        HttpResponse<String> wrong = cys.post("/account/password", "currentPassword", "not it", "password",
                "a brand new passphrase", "confirmation", "a brand new passphrase");
        assertThat(wrong.statusCode()).isEqualTo(422);
        assertThat(wrong.body()).contains("Enter your current password correctly").doesNotContain("not it");
        assertThat(cys.post("/account/password", "currentPassword", PASSPHRASE, "password",
                "a brand new passphrase", "confirmation", "a brand new passphrase").statusCode()).isEqualTo(303);
        new WebClient(fixture.app.port()).signIn("cy.changer", "a brand new passphrase");
    }
}

package org.uca.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.uca.adapter.web.security.SignInOptions;
import org.uca.adapter.web.support.WebClient;
import org.uca.adapter.web.support.WebCredentials;
import org.uca.adapter.web.support.WebFixture;
import org.uca.application.port.out.Role;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.StaffMember;

/**
 * The staff page for someone whose role and level come from single sign-on, enabling a disabled account again, and
 * changing one's password ending the other sessions: on the pages, with passwords and single sign-on both offered.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountGapsPagesTest {

    private static final String ISSUER = "http://127.0.0.1:1/tenant";
    private static final String PASSPHRASE = "plum orbit kettle gravel";

    WebFixture fixture;

    @BeforeAll
    void start() {
        fixture = new WebFixture(5, Instant::now, new SignInOptions(true,
                Optional.of(SignInOptionsTest.unreachableProvider())));
        fixture.app.start(0);
    }

    @AfterAll
    void stop() {
        fixture.app.stop();
    }

    WebClient admin() {
        return new WebClient(fixture.app.port()).signIn(Role.ADMINISTRATOR);
    }

    /** Someone with a UCA password, as an administrator's account and its link would leave them. */
    private StaffId withPassword(String username, String name) {
        StaffMember member = new StaffMember(new StaffId("S-" + username), name, "Housing", AuthorityLevel.NONE);
        fixture.uca.staff.addAccount(username, new WebCredentials().hash(PASSPHRASE), member, Role.OFFICER);
        return member.id();
    }

    @Test
    @DisplayName("the edit page of someone linked to single sign-on says their role and level come from it (by the"
            + " provider's name) and offers neither; other fields are saved, the role and level kept")
    void singleSignOnStaffPage() {
        StaffMember sam = new StaffMember(new StaffId("sso-sam"), "Sam Sso", "Not recorded",
                AuthorityLevel.SERVICE_MANAGER);
        fixture.uca.staff.addAccount("sam.sso", "!single-sign-on", sam, Role.SERVICE_MANAGER)
                .linkToSingleSignOn(sam.id(), ISSUER);
        WebClient admin = admin();

        HttpResponse<String> page = admin.get("/admin/staff/sso-sam/edit");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Role and authority level come from single sign-on (Landlord ID): change"
                + " this person's groups there.").doesNotContain("name=\"authority\"")
                .doesNotContain("name=\"role\"").contains("name=\"team\"").contains("name=\"jobTitle\"");

        HttpResponse<String> saved = admin.post("/admin/staff/sso-sam/edit", "name", "Sam Sso", "email",
                "sam.sso@example.org", "team", "Tenancy", "jobTitle", "Tenancy Manager");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        var record = fixture.uca.staff.record(sam.id()).get();
        assertThat(record.member().team()).isEqualTo("Tenancy");
        assertThat(record.member().authority()).isEqualTo(AuthorityLevel.SERVICE_MANAGER);
        assertThat(record.role()).contains(Role.SERVICE_MANAGER);
    }

    @Test
    @DisplayName("a role or level sent anyway for someone linked to single sign-on is a field error each, and"
            + " nothing is saved")
    void singleSignOnChangeRefused() {
        StaffMember kim = new StaffMember(new StaffId("sso-kim"), "Kim Sso", "Not recorded", AuthorityLevel.NONE);
        fixture.uca.staff.addAccount("kim.sso", "!single-sign-on", kim, Role.OFFICER)
                .linkToSingleSignOn(kim.id(), ISSUER);

        HttpResponse<String> refused = admin().post("/admin/staff/sso-kim/edit", "name", "Kim Sso", "email",
                "kim@example.org", "team", "Elsewhere", "jobTitle", "", "authority", "DIRECTOR", "role", "DIRECTOR");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("govuk-error-summary")
                .contains("Their authority level comes from single sign-on")
                .contains("Their role comes from single sign-on");
        assertThat(fixture.uca.staff.record(kim.id()).get().member()).isEqualTo(kim);
    }

    @Test
    @DisplayName("a disabled account is offered Enable; enabled, it signs in again, but the sessions it had stay"
            + " ended")
    void enableAgain() {
        withPassword("eve.enabled", "Eve Enabled");
        WebClient eve = new WebClient(fixture.app.port()).signIn("eve.enabled", PASSPHRASE);
        WebClient admin = admin();
        assertThat(admin.post("/admin/accounts/eve.enabled/disable").statusCode()).isEqualTo(303);
        assertThat(admin.get("/admin/accounts?q=eve.enabled").body()).contains("Disabled")
                .contains("action=\"/admin/accounts/eve.enabled/enable\"")
                .doesNotContain("href=\"/admin/accounts/eve.enabled/disable\"");

        HttpResponse<String> enabled = admin.post("/admin/accounts/eve.enabled/enable");
        assertThat(enabled.statusCode()).isEqualTo(303);
        assertThat(admin.get("/").body()).contains("is enabled: it can sign in again");
        assertThat(admin.get("/admin/accounts?q=eve.enabled").body()).contains("Active")
                .contains("href=\"/admin/accounts/eve.enabled/disable\""); // its "Are you sure?" page
        assertThat(eve.get("/").statusCode()).as("the old session stays ended").isEqualTo(303);
        new WebClient(fixture.app.port()).signIn("eve.enabled", PASSPHRASE);
        assertThat(fixture.uca.audit.all().last().why()).contains("enabled account eve.enabled",
                "before disabled", "after active");
    }

    @Test
    @DisplayName("the account of someone who has left is not enabled: a clear error, and it stays disabled")
    void leftNotEnabled() {
        StaffId leo = withPassword("leo.left", "Leo Left");
        WebClient admin = admin();
        admin.get("/admin/staff/" + leo + "/left");
        assertThat(admin.post("/admin/staff/" + leo + "/left", "leftOn",
                org.uca.domain.shared.UkTime.dateOf(Instant.now()).toString()).statusCode()).isEqualTo(303);

        HttpResponse<String> refused = admin.post("/admin/accounts/leo.left/enable");

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("has left");
        assertThat(fixture.uca.staff.account("leo.left").get().disabled()).isTrue();
    }

    @Test
    @DisplayName("OWASP ASVS 3.3.3: changing one's password signs one out of every other session and token")
    void passwordChangeEndsOtherSessions() {
        withPassword("pia.changer", "Pia Changer");
        WebClient laptop = new WebClient(fixture.app.port()).signIn("pia.changer", PASSPHRASE);
        WebClient phone = new WebClient(fixture.app.port()).signIn("pia.changer", PASSPHRASE);
        laptop.get("/account/password");

        HttpResponse<String> changed = laptop.post("/account/password", "currentPassword", PASSPHRASE, "password",
                "a brand new passphrase", "confirmation", "a brand new passphrase");

        assertThat(changed.statusCode()).isEqualTo(303);
        assertThat(laptop.get("/").body()).contains("You are signed out everywhere else");
        assertThat(phone.get("/").statusCode()).as("the other session ended").isEqualTo(303);
    }
}

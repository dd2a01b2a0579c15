package org.uca.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.adapter.web.security.Session;
import org.uca.adapter.web.security.Sessions;
import org.uca.adapter.web.security.SignInOptions;
import org.uca.adapter.web.support.WebClient;
import org.uca.adapter.web.support.WebCredentials;
import org.uca.adapter.web.support.WebFixture;
import org.uca.application.port.out.Role;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.StaffMember;

/**
 * The API for the account gaps: {@code POST /api/admin/accounts/{username}/enable}, {@code PUT /api/me/password}, and
 * the staff record of someone linked to single sign-on.
 */
class AccountGapsApiTest {

    private static final String PASSPHRASE = "plum orbit kettle gravel";
    private static final String NEW_PASSPHRASE = "a brand new passphrase";
    private static final String ISSUER = "https://login.example.org/v2.0";

    private static WebFixture started(WebFixture fixture) {
        fixture.app.start(0);
        return fixture;
    }

    private static StaffId withPassword(WebFixture fixture, String username) {
        StaffMember member = new StaffMember(new StaffId("S-" + username), username, "Housing", AuthorityLevel.NONE);
        fixture.uca.staff.addAccount(username, new WebCredentials().hash(PASSPHRASE), member, Role.OFFICER);
        return member.id();
    }

    private static WebClient token(WebFixture fixture, String username, String password) {
        HttpResponse<String> r = new WebClient(fixture.app.port()).postJson("/api/tokens", "{\"username\":\""
                + username + "\",\"password\":\"" + password + "\"}");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return new WebClient(fixture.app.port()).withBearer(r.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1"));
    }

    private static WebClient admin(WebFixture fixture) {
        return new WebClient(fixture.app.port()).withToken(Role.ADMINISTRATOR);
    }

    @Test
    @DisplayName("PUT /api/me/password changes one's own password (204) and ends one's other tokens and sessions,"
            + " not this one; the old password stops working")
    void changeOwnPassword() {
        WebFixture fixture = started(new WebFixture());
        try {
            withPassword(fixture, "pat.api");
            WebClient mine = token(fixture, "pat.api", PASSPHRASE);
            WebClient other = token(fixture, "pat.api", PASSPHRASE);

            HttpResponse<String> changed = mine.putJson("/api/me/password", "{\"currentPassword\":\"" + PASSPHRASE
                    + "\",\"newPassword\":\"" + NEW_PASSPHRASE + "\"}");

            assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
            assertThat(mine.getJson("/api/work").statusCode()).as("this token goes on").isEqualTo(200);
            assertThat(other.getJson("/api/work").statusCode()).as("the other token ended").isEqualTo(401);
            token(fixture, "pat.api", NEW_PASSPHRASE);
            assertThat(new WebClient(fixture.app.port()).postJson("/api/tokens", "{\"username\":\"pat.api\","
                    + "\"password\":\"" + PASSPHRASE + "\"}").statusCode()).isEqualTo(401);
            assertThat(fixture.uca.audit.all().last().why()).contains("password changed by its holder");
        } finally {
            fixture.app.stop();
        }
    }

    @Test
    @DisplayName("the page's rules and field errors: a wrong current password and a common new one are each named,"
            + " 422, and nothing changes")
    void sameRulesAsThePage() {
        WebFixture fixture = started(new WebFixture());
        try {
            withPassword(fixture, "rob.api");
            WebClient rob = token(fixture, "rob.api", PASSPHRASE);
            WebClient other = token(fixture, "rob.api", PASSPHRASE);

            HttpResponse<String> refused = rob.putJson("/api/me/password",
                    "{\"currentPassword\":\"not it\",\"newPassword\":\"short\"}");

            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(refused.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
            assertThat(refused.body()).contains("\"field\":\"currentPassword\"").contains("\"field\":\"newPassword\"")
                    .doesNotContain("not it");
            assertThat(other.getJson("/api/work").statusCode()).as("nothing ended").isEqualTo(200);
            token(fixture, "rob.api", PASSPHRASE);
        } finally {
            fixture.app.stop();
        }
    }

    @Test
    @DisplayName("someone who signs in with single sign-on has no UCA password to change: 403, clearly said")
    void singleSignOnRefused() {
        WebFixture fixture = started(new WebFixture());
        try {
            StaffMember sam = new StaffMember(new StaffId("sso-sam"), "Sam Sso", "Not recorded", AuthorityLevel.NONE);
            fixture.uca.staff.addAccount("sam.sso", "!single-sign-on", sam, Role.OFFICER)
                    .linkToSingleSignOn(sam.id(), ISSUER);
            WebClient samApi = signedInWithoutPassword(fixture, "sam.sso", sam);

            HttpResponse<String> refused = samApi.putJson("/api/me/password", "{\"currentPassword\":\"x\","
                    + "\"newPassword\":\"" + NEW_PASSPHRASE + "\"}");

            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
            assertThat(refused.body()).contains("single sign-on");
            assertThat(fixture.uca.staff.passwordHash("sam.sso")).contains("!single-sign-on");
        } finally {
            fixture.app.stop();
        }
    }

    @Test
    @DisplayName("where UCA passwords are switched off, no password is changed: 403, clearly said")
    void localPasswordsOff() {
        WebFixture fixture = started(new WebFixture(5, Instant::now, new SignInOptions(false,
                Optional.of(SignInOptionsTest.unreachableProvider()))));
        try {
            StaffId id = withPassword(fixture, "val.api");
            WebClient val = signedInWithoutPassword(fixture, "val.api", fixture.uca.staff.find(id).get().member());

            HttpResponse<String> refused = val.putJson("/api/me/password", "{\"currentPassword\":\"" + PASSPHRASE
                    + "\",\"newPassword\":\"" + NEW_PASSPHRASE + "\"}");

            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).contains("Passwords are switched off");
            assertThat(new WebCredentials().matches(PASSPHRASE, fixture.uca.staff.passwordHash("val.api").get()))
                    .isTrue();
        } finally {
            fixture.app.stop();
        }
    }

    /** A token for someone signed in as single sign-on would sign them in (no password involved). */
    private static WebClient signedInWithoutPassword(WebFixture fixture, String username, StaffMember member) {
        Sessions sessions = new Sessions(fixture.settings.sessionSecret(), Duration.ofHours(1), Duration.ofHours(12),
                Clock.systemUTC(), fixture.sessions);
        Session session = sessions.start(new Session.SignedIn(username, member.id(), member.name(),
                Role.OFFICER));
        return new WebClient(fixture.app.port()).withBearer(sessions.signedValue(session));
    }

    @Test
    @DisplayName("POST /api/admin/accounts/{username}/enable enables a disabled account (200, audited); refused 422"
            + " for an active one and for someone who has left; 403 for an officer")
    void enable() {
        WebFixture fixture = started(new WebFixture());
        try {
            StaffId leo = withPassword(fixture, "leo.api");
            withPassword(fixture, "eve.api");
            WebClient admin = admin(fixture);
            assertThat(admin.postJson("/api/admin/accounts/eve.api/enable", "{}").statusCode()).as("not disabled")
                    .isEqualTo(422);
            assertThat(admin.postJson("/api/admin/accounts/eve.api/disable", "{}").statusCode()).isEqualTo(200);
            assertThat(new WebClient(fixture.app.port()).withToken(Role.OFFICER)
                    .postJson("/api/admin/accounts/eve.api/enable", "{}").statusCode()).isEqualTo(403);

            HttpResponse<String> enabled = admin.postJson("/api/admin/accounts/eve.api/enable", "{}");

            assertThat(enabled.statusCode()).as(enabled.body()).isEqualTo(200);
            assertThat(enabled.body()).contains("\"username\":\"eve.api\"").contains("\"disabled\":false");
            assertThat(fixture.uca.audit.all().last().why()).contains("before disabled", "after active");

            assertThat(admin.postJson("/api/admin/staff/" + leo + "/left", "{\"leftOn\":\""
                    + org.uca.domain.shared.UkTime.dateOf(Instant.now()) + "\"}").statusCode()).isEqualTo(200);
            HttpResponse<String> left = admin.postJson("/api/admin/accounts/leo.api/enable", "{}");
            assertThat(left.statusCode()).isEqualTo(422);
            assertThat(left.body()).contains("has left");
        } finally {
            fixture.app.stop();
        }
    }

    @Test
    @DisplayName("the staff API names the single sign-on someone is linked to, and refuses an edit of their role or"
            + " level with a field error on each (422, nothing saved); other fields are saved")
    void singleSignOnStaff() {
        WebFixture fixture = started(new WebFixture());
        try {
            StaffMember sam = new StaffMember(new StaffId("sso-sam"), "Sam Sso", "Not recorded",
                    AuthorityLevel.SERVICE_MANAGER);
            fixture.uca.staff.addAccount("sam.sso", "!single-sign-on", sam, Role.SERVICE_MANAGER)
                    .linkToSingleSignOn(sam.id(), ISSUER);
            WebClient admin = admin(fixture);
            assertThat(admin.getJson("/api/admin/staff?q=sam%20sso").body())
                    .contains("\"singleSignOn\":\"" + ISSUER + "\"");

            HttpResponse<String> refused = admin.postJson("/api/admin/staff/sso-sam", "{\"name\":\"Sam Sso\","
                    + "\"email\":\"sam@example.org\",\"team\":\"Tenancy\",\"authority\":\"DIRECTOR\","
                    + "\"role\":\"DIRECTOR\"}");
            assertThat(refused.statusCode()).isEqualTo(422);
            assertThat(refused.body()).contains("\"field\":\"authority\"").contains("\"field\":\"role\"");
            assertThat(fixture.uca.staff.record(sam.id()).get().member()).isEqualTo(sam);

            HttpResponse<String> saved = admin.postJson("/api/admin/staff/sso-sam", "{\"name\":\"Sam Sso\","
                    + "\"email\":\"sam@example.org\",\"team\":\"Tenancy\",\"authority\":\"SERVICE_MANAGER\","
                    + "\"role\":\"SERVICE_MANAGER\"}");
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
            assertThat(saved.body()).contains("\"team\":\"Tenancy\"").contains("\"singleSignOn\":\"" + ISSUER + "\"");
        } finally {
            fixture.app.stop();
        }
    }
}

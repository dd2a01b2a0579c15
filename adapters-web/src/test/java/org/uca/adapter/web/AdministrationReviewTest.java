package org.uca.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.uca.adapter.web.security.ClientAddress;
import org.uca.adapter.web.security.SignInOptions;
import org.uca.adapter.web.support.WebClient;
import org.uca.adapter.web.support.WebCredentials;
import org.uca.adapter.web.support.WebFixture;
import org.uca.application.port.out.Role;
import org.uca.application.port.out.StaffRecord;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.StaffMember;

/**
 * What a reviewer trying UCA as a new administrator found: links handed out at the address staff use, a reset
 * ending the suspect account's sessions, the current password throttled as a sign-in is, and controls nobody can
 * use not offered.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AdministrationReviewTest {

    private static final String PASSPHRASE = "plum orbit kettle gravel";
    private static final Pattern LINK = Pattern.compile("value=\"(https?://[^\"]+)/set-password/[A-Za-z0-9_-]+\"");

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

    private WebClient admin(WebFixture on) {
        return new WebClient(on.app.port()).signIn(Role.ADMINISTRATOR);
    }

    /** Someone with a UCA password, as an administrator's account and its link would leave them. */
    private static StaffId withPassword(WebFixture on, String username, String name, Role role) {
        StaffMember member = new StaffMember(new StaffId("S-" + username), name, "Housing", AuthorityLevel.NONE);
        on.uca.staff.addAccount(username, new WebCredentials().hash(PASSPHRASE), member, role);
        return member.id();
    }

    private static String linkBase(HttpResponse<String> page) {
        Matcher m = LINK.matcher(page.body());
        assertThat(m.find()).as(page.body()).isTrue();
        return m.group(1);
    }

    @Test
    @DisplayName("a set-password link starts with UCA_PUBLIC_URL when it is set, on the page and in the API,"
            + " whatever Host the request came with")
    void setPasswordLinkUsesThePublicAddress() {
        WebFixture behind = new WebFixture(5, Instant::now, new SignInOptions(true, Optional.empty(),
                Optional.of(URI.create("https://uca.landlord.example/"))));
        behind.app.start(0);
        try {
            withPassword(behind, "pat.public", "Pat Public", Role.OFFICER);
            WebClient admin = admin(behind);
            admin.get("/admin/accounts");
            assertThat(linkBase(admin.post("/admin/accounts/pat.public/reset")))
                    .isEqualTo("https://uca.landlord.example");
            HttpResponse<String> api = new WebClient(behind.app.port()).withToken(Role.ADMINISTRATOR)
                    .postJson("/api/admin/accounts/pat.public/reset", "{}");
            assertThat(api.statusCode()).as(api.body()).isEqualTo(200);
            assertThat(api.body()).contains("\"https://uca.landlord.example/set-password/");
        } finally {
            behind.app.stop();
        }
    }

    @Test
    @DisplayName("without UCA_PUBLIC_URL, a set-password link is https when a trusted proxy says the request came"
            + " over HTTPS, and X-Forwarded-Proto from anyone else is ignored")
    void setPasswordLinkSchemeFromTrustedProxyOnly() {
        WebFixture proxied = new WebFixture(Clock.systemUTC(), Duration.ofHours(1), Duration.ofHours(12),
                ClientAddress.trusting("127.0.0.1, ::1"));
        proxied.app.start(0);
        try {
            withPassword(proxied, "tia.trusted", "Tia Trusted", Role.OFFICER);
            // a bearer token, not a cookie: a Secure cookie is not sent back over this test's plain http
            HttpResponse<String> reset = new WebClient(proxied.app.port()).withToken(Role.ADMINISTRATOR)
                    .withHeader("X-Forwarded-Proto", "https").postJson("/api/admin/accounts/tia.trusted/reset", "{}");
            assertThat(reset.body()).as(reset.body())
                    .contains("\"https://localhost:" + proxied.app.port() + "/set-password/");
        } finally {
            proxied.app.stop();
        }
        withPassword(fixture, "una.untrusted", "Una Untrusted", Role.OFFICER);
        WebClient admin = admin(fixture).withHeader("X-Forwarded-Proto", "https");
        admin.get("/admin/accounts");
        assertThat(linkBase(admin.post("/admin/accounts/una.untrusted/reset")))
                .isEqualTo("http://localhost:" + fixture.app.port());
    }

    @Test
    @DisplayName("resetting an account (used on a compromised one) ends its holder's sessions and API tokens at"
            + " once, on the page and in the API")
    void resetEndsSessionsAndTokens() {
        withPassword(fixture, "rex.reset", "Rex Reset", Role.OFFICER);
        WebClient browser = new WebClient(fixture.app.port()).signIn("rex.reset", PASSPHRASE);
        WebClient api = new WebClient(fixture.app.port());
        HttpResponse<String> token = api.postJson("/api/tokens", "{\"username\":\"rex.reset\",\"password\":\""
                + PASSPHRASE + "\"}");
        api.withBearer(token.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1"));
        assertThat(browser.get("/").statusCode()).isEqualTo(200);
        assertThat(api.getJson("/api/work").statusCode()).isEqualTo(200);

        WebClient admin = admin(fixture);
        admin.get("/admin/accounts");
        HttpResponse<String> reset = admin.post("/admin/accounts/rex.reset/reset");
        assertThat(reset.body()).contains("Their sessions and API tokens have ended.");

        assertThat(browser.get("/").statusCode()).as("the browser is signed out").isEqualTo(303);
        assertThat(api.getJson("/api/work").statusCode()).as("the token stops working").isEqualTo(401);
        assertThat(admin.get("/admin/accounts").statusCode()).as("the administrator's own session stays")
                .isEqualTo(200);

        withPassword(fixture, "ria.reset", "Ria Reset", Role.OFFICER);
        WebClient hers = new WebClient(fixture.app.port()).signIn("ria.reset", PASSPHRASE);
        HttpResponse<String> byApi = new WebClient(fixture.app.port()).withToken(Role.ADMINISTRATOR)
                .postJson("/api/admin/accounts/ria.reset/reset", "{}");
        assertThat(byApi.statusCode()).as(byApi.body()).isEqualTo(200);
        assertThat(hers.get("/").statusCode()).isEqualTo(303);
    }

    @Test
    @DisplayName("a wrong current password on PUT /api/me/password counts as a failed sign-in for the account and"
            + " address: after the allowed failures a 429 with Retry-After, and the password is not checked")
    void currentPasswordThrottledInTheApi() {
        withPassword(fixture, "gus.guess", "Gus Guess", Role.OFFICER);
        WebClient api = new WebClient(fixture.app.port());
        HttpResponse<String> token = api.postJson("/api/tokens", "{\"username\":\"gus.guess\",\"password\":\""
                + PASSPHRASE + "\"}");
        api.withBearer(token.body().replaceAll(".*\"token\":\"([^\"]+)\".*", "$1"));
        int evaluated = 0;
        HttpResponse<String> last = null;
        for (int i = 0; i < 12; i++) {
            last = api.putJson("/api/me/password", "{\"currentPassword\":\"guess " + i + "\",\"newPassword\":"
                    + "\"a brand new pass phrase\"}");
            if (last.statusCode() == 422) {
                evaluated++;
            }
        }
        assertThat(evaluated).as("wrong current passwords evaluated").isEqualTo(5);
        assertThat(last.statusCode()).isEqualTo(429);
        assertThat(last.headers().firstValue("Retry-After")).isPresent();
        HttpResponse<String> right = api.putJson("/api/me/password", "{\"currentPassword\":\"" + PASSPHRASE
                + "\",\"newPassword\":\"a brand new pass phrase\"}");
        assertThat(right.statusCode()).as("not checked while the delay applies").isEqualTo(429);
        assertThat(fixture.uca.staff.passwordHash("gus.guess").get())
                .matches(hash -> new WebCredentials().matches(PASSPHRASE, hash), "the password is unchanged");
    }

    @Test
    @DisplayName("a wrong current password on \"Your password\" counts as a failed sign-in: after the allowed"
            + " failures the page says how long to wait")
    void currentPasswordThrottledOnThePage() {
        withPassword(fixture, "pia.page", "Pia Page", Role.OFFICER);
        WebClient pia = new WebClient(fixture.app.port()).signIn("pia.page", PASSPHRASE);
        pia.get("/account/password");
        HttpResponse<String> last = null;
        for (int i = 0; i < 6; i++) {
            last = pia.post("/account/password", "currentPassword", "guess " + i, "password",
                    "a brand new pass phrase", "confirmation", "a brand new pass phrase");
        }
        assertThat(last.statusCode()).isEqualTo(422);
        assertThat(last.body()).contains("Too many wrong passwords. Wait").contains("govuk-error-summary");
    }

    @Test
    @DisplayName("nobody changes their own role or authority, disables or marks themselves as left: their own"
            + " edit form shows role and level read-only, their own rows offer neither Disable nor Mark as left")
    void yourOwnControlsAreNotOffered() {
        withPassword(fixture, "ada.self", "Ada Self", Role.ADMINISTRATOR);
        WebClient ada = new WebClient(fixture.app.port()).signIn("ada.self", PASSPHRASE);

        HttpResponse<String> edit = ada.get("/admin/staff/S-ada.self/edit");
        assertThat(edit.body()).contains("Your role: Administrator").doesNotContain("name=\"role\"")
                .doesNotContain("name=\"authority\"");
        HttpResponse<String> saved = ada.post("/admin/staff/S-ada.self/edit", "name", "Ada Self", "email",
                "ada.self@example.org", "team", "IT Services", "jobTitle", "");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(303);
        assertThat(fixture.uca.staff.record(new StaffId("S-ada.self")).get().role()).contains(Role.ADMINISTRATOR);

        assertThat(ada.get("/admin/staff?q=Ada+Self").body()).contains("Ada Self")
                .doesNotContain("/admin/staff/S-ada.self/left");
        assertThat(ada.get("/admin/accounts?q=ada.self").body()).contains("ada.self")
                .doesNotContain("/admin/accounts/ada.self/disable").doesNotContain("/admin/accounts/ada.self/reset");
        withPassword(fixture, "oli.other", "Oli Other", Role.OFFICER);
        assertThat(ada.get("/admin/accounts?q=oli.other").body()).contains("/admin/accounts/oli.other/disable");
    }

    @Test
    @DisplayName("the error summary lists the errors in the order of the fields (GOV.UK): name, email, team")
    void errorSummaryInFieldOrder() {
        WebClient admin = admin(fixture);
        admin.get("/admin/staff/new");
        HttpResponse<String> refused = admin.post("/admin/staff/new", "name", "", "email", "nope", "team", "",
                "jobTitle", "", "authority", "NONE");
        assertThat(refused.statusCode()).isEqualTo(422);
        String summary = refused.body().substring(refused.body().indexOf("govuk-error-summary__list"));
        int name = summary.indexOf("href=\"#name\"");
        int email = summary.indexOf("href=\"#email\"");
        int team = summary.indexOf("href=\"#team\"");
        assertThat(name).isNotNegative().isLessThan(email);
        assertThat(email).isLessThan(team);
    }

    @Test
    @DisplayName("someone marked as left shows \"Left on\" the date and no role; the Account column names the"
            + " account's username")
    void leftStaffShowNoRole() {
        withPassword(fixture, "lee.leaver", "Lee Leaver", Role.OFFICER);
        withPassword(fixture, "sta.stayer", "Sta Stayer", Role.OFFICER);
        WebClient admin = admin(fixture);
        admin.get("/admin/staff/S-lee.leaver/left");
        assertThat(admin.post("/admin/staff/S-lee.leaver/left", "leftOn", "2026-11-30").statusCode())
                .isEqualTo(303);
        String row = row(admin.get("/admin/staff?q=Lee+Leaver").body(), "Lee Leaver");
        assertThat(row).contains("Left on 30 November 2026").doesNotContain("Officer")
                .doesNotContain("Has an account").contains("lee.leaver");
        assertThat(row(admin.get("/admin/staff?q=Sta+Stayer").body(), "Sta Stayer")).contains("Officer")
                .contains("sta.stayer");
    }

    @Test
    @DisplayName("the accounts list offers nothing for the account of someone who has left (it cannot be used again):"
            + " it says when they left, and offers no Enable, Reset or Disable")
    void leaversAccountOffersNothing() {
        withPassword(fixture, "lea.gone", "Lea Gone", Role.OFFICER);
        WebClient admin = admin(fixture);
        admin.get("/admin/staff/S-lea.gone/left");
        assertThat(admin.post("/admin/staff/S-lea.gone/left", "leftOn", "2026-11-30").statusCode()).isEqualTo(303);
        String page = admin.get("/admin/accounts?q=lea.gone").body();
        int at = page.indexOf(">lea.gone</td>");
        assertThat(at).as(page).isNotNegative();
        String row = page.substring(at, page.indexOf("</tr>", at));
        assertThat(row).contains("Left on 30 November 2026").contains("cannot be used again")
                .doesNotContain("/enable").doesNotContain("/reset").doesNotContain("/disable");
    }

    private static String row(String page, String name) {
        int at = page.indexOf(">" + name + "</a>");
        assertThat(at).as(page).isNotNegative();
        return page.substring(at, page.indexOf("</tr>", at));
    }

    @Test
    @DisplayName("a page past the last of a list goes to the last page, not \"Page 99 of 2\"")
    void pastTheLastPage() {
        WebClient admin = admin(fixture);
        HttpResponse<String> staff = admin.get("/admin/staff?page=99");
        assertThat(staff.statusCode()).isEqualTo(303);
        StaffRecord any = fixture.uca.staff.searchStaff("", 1, 20).items().head();
        assertThat(any).isNotNull();
        long last = fixture.uca.staff.searchStaff("", 1, 20).pages();
        assertThat(staff.headers().firstValue("Location")).contains("/admin/staff?page=" + last);
        assertThat(admin.get("/admin/accounts?q=x&page=99").headers().firstValue("Location"))
                .contains("/admin/accounts?q=x&page=1");
        assertThat(admin.get("/admin/staff?page=1").statusCode()).isEqualTo(200);
    }

    @Test
    @DisplayName("an administrator's home page links to their work: staff, accounts, importing residents, machine"
            + " credentials; an officer's does not")
    void administratorsHomeLinks() {
        String home = admin(fixture).get("/").body();
        String section = home.substring(home.indexOf("<main"));
        assertThat(section).contains("href=\"/admin/staff\"").contains("href=\"/admin/accounts\"")
                .contains("href=\"/residents/import\"").contains("href=\"/admin/machine-credentials\"");
        String officers = new WebClient(fixture.app.port()).signIn(Role.OFFICER).get("/").body();
        assertThat(officers.substring(officers.indexOf("<main"))).doesNotContain("href=\"/admin/accounts\"");
    }

    @Test
    @DisplayName("a used or expired set-password link offers someone not signed in \"Sign in\", not \"Go to my"
            + " work\"")
    void deadLinkOffersSignIn() {
        HttpResponse<String> dead = new WebClient(fixture.app.port()).get("/set-password/no-such-token");
        assertThat(dead.statusCode()).isEqualTo(404);
        assertThat(dead.body()).contains("href=\"/sign-in\"").doesNotContain("Go to my work");
        assertThat(admin(fixture).get("/no-such-page").body()).contains("Go to my work");
    }

    @Test
    @DisplayName("Disable and Reset ask \"Are you sure?\" first, stating the consequence; nothing changes until"
            + " it is confirmed")
    void disableAndResetAreConfirmed() {
        withPassword(fixture, "cal.confirm", "Cal Confirm", Role.OFFICER);
        WebClient admin = admin(fixture);
        String list = admin.get("/admin/accounts?q=cal.confirm").body();
        assertThat(list).contains("href=\"/admin/accounts/cal.confirm/disable\"")
                .contains("href=\"/admin/accounts/cal.confirm/reset\"");

        HttpResponse<String> ask = admin.get("/admin/accounts/cal.confirm/disable");
        assertThat(ask.statusCode()).isEqualTo(200);
        assertThat(ask.body()).contains("Disable the account cal.confirm?").contains("This ends their sessions")
                .contains("action=\"/admin/accounts/cal.confirm/disable\"");
        assertThat(fixture.uca.staff.account("cal.confirm").get().disabled()).isFalse();
        assertThat(admin.get("/admin/accounts/cal.confirm/reset").body())
                .contains("their password stops working");

        assertThat(admin.post("/admin/accounts/cal.confirm/disable").statusCode()).isEqualTo(303);
        assertThat(fixture.uca.staff.account("cal.confirm").get().disabled()).isTrue();
        assertThat(new WebClient(fixture.app.port()).signIn(Role.OFFICER).get("/admin/accounts/cal.confirm/reset")
                .statusCode()).isEqualTo(403);
    }
}

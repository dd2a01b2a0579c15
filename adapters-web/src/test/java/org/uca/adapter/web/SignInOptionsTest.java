package org.uca.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.uca.adapter.web.security.SignInOptions;
import org.uca.adapter.web.security.oidc.OidcSettings;
import org.uca.adapter.web.security.oidc.RoleMap;
import org.uca.adapter.web.support.WebClient;
import org.uca.adapter.web.support.WebFixture;
import org.uca.application.port.out.Role;

/** Single sign-on only: UCA's own passwords switched off (UCA_LOCAL_PASSWORDS=false). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInOptionsTest {

    WebFixture fixture;

    /** A provider nobody answers at (port 1 on this machine refuses connections). */
    static OidcSettings unreachableProvider() {
        return new OidcSettings(URI.create("http://127.0.0.1:1/tenant"), "uca", "secret",
                URI.create("http://localhost/sign-in/oidc/callback"), "groups", RoleMap.parse("uca=OFFICER"),
                "Landlord ID", Duration.ofSeconds(60));
    }

    @BeforeAll
    void start() {
        fixture = new WebFixture(5, Instant::now, new SignInOptions(false, Optional.of(unreachableProvider())));
        fixture.app.start(0);
    }

    @AfterAll
    void stop() {
        fixture.app.stop();
    }

    @Test
    @DisplayName("with passwords switched off the sign-in page offers only the provider's button, no password form")
    void onlyTheButton() {
        String page = new WebClient(fixture.app.port()).get("/sign-in").body();
        assertThat(page).contains("Sign in with Landlord ID").contains("href=\"/sign-in/oidc\"")
                .doesNotContain("type=\"password\"").doesNotContain("action=\"/sign-in\"");
    }

    @Test
    @DisplayName("with passwords switched off a correct username and password gets no session, on the page or the"
            + " API (403), and the attempt is audited")
    void passwordsRefused() {
        WebClient browser = new WebClient(fixture.app.port());
        HttpResponse<String> form = browser.post("/sign-in", "username", WebFixture.username(Role.OFFICER),
                "password", WebFixture.password(Role.OFFICER));
        assertThat(form.statusCode()).isEqualTo(403);
        assertThat(browser.get("/").statusCode()).isEqualTo(303);
        HttpResponse<String> token = new WebClient(fixture.app.port()).postJson("/api/tokens",
                "{\"username\":\"officer\",\"password\":\"pw-officer\"}");
        assertThat(token.statusCode()).isEqualTo(403);
        assertThat(token.body()).contains("Passwords are switched off").doesNotContain("token\"");
        // Audited as refused; not as typed, since with passwords off no account is looked up (it could be a password).
        assertThat(fixture.signIns).isNotEmpty().allMatch(attempt -> attempt.endsWith(":false"))
                .noneMatch(attempt -> attempt.contains("pw-officer"));
    }

    @Test
    @DisplayName("when the provider cannot be reached, \"Sign in with …\" says so (503) and sends nobody away")
    void providerUnreachable() {
        HttpResponse<String> r = new WebClient(fixture.app.port()).get("/sign-in/oidc");
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.body()).contains("Sign-in is not available just now");
        assertThat(r.headers().firstValue("Location")).isEmpty();
        assertThat(r.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("uca_oidc="));
    }

    @Test
    @DisplayName("a callback with no sign-in started in this browser is refused (400), whatever its code and state")
    void callbackWithoutPendingSignIn() {
        HttpResponse<String> r = new WebClient(fixture.app.port()).get("/sign-in/oidc/callback?code=c&state=s");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Sign-in could not be completed");
    }

    @Test
    @DisplayName("passwords cannot be switched off without single sign-on: nobody could sign in")
    void notWithoutSingleSignOn() {
        assertThatThrownBy(() -> new SignInOptions(false, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

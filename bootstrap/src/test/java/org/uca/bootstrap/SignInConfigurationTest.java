package org.uca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.uca.adapter.web.security.oidc.OidcSettings;
import org.uca.application.port.out.Role;
import org.uca.domain.people.AuthorityLevel;

/** UCA_LOCAL_PASSWORDS, UCA_PUBLIC_URL and the UCA_OIDC_ settings, each mistake refused in one line. */
class SignInConfigurationTest {

    static Map<String, String> entra() {
        Map<String, String> env = new HashMap<>();
        env.put("UCA_PUBLIC_URL", "https://uca.landlord.example/");
        env.put("UCA_OIDC_ISSUER", "https://login.microsoftonline.com/9188040d-6c67-4c5b-b112-36a304b66dad/v2.0");
        env.put("UCA_OIDC_CLIENT_ID", "6731de76-14a6-49ae-97bc-6eba6914391e");
        env.put("UCA_OIDC_CLIENT_SECRET", "a-client-secret-value");
        env.put("UCA_OIDC_ROLE_MAP", "0b5c1c7e-1111-4d5e-9f00-aaaaaaaaaaaa=SERVICE_MANAGER/SERVICE_MANAGER");
        env.put("UCA_OIDC_PROVIDER_NAME", "Microsoft");
        return env;
    }

    @Test
    @DisplayName("without UCA_OIDC_ISSUER staff sign in with UCA passwords only")
    void passwordsByDefault() {
        Configuration c = Configuration.from(Map.of(), new Properties());
        assertThat(c.signIn().localPasswords()).isTrue();
        assertThat(c.signIn().singleSignOn()).isEmpty();
    }

    @Test
    @DisplayName("with the issuer, client and role map set, single sign-on is on: the callback under UCA_PUBLIC_URL,"
            + " the groups claim unless another is named; the client secret never printed")
    void singleSignOn() {
        Map<String, String> env = entra();
        env.put("UCA_LOCAL_PASSWORDS", "false");
        Configuration c = Configuration.from(env, new Properties());
        OidcSettings oidc = c.signIn().singleSignOn().orElseThrow();
        assertThat(c.signIn().localPasswords()).isFalse();
        assertThat(oidc.redirectUri()).hasToString("https://uca.landlord.example/sign-in/oidc/callback");
        assertThat(oidc.roleClaim()).isEqualTo("groups");
        assertThat(oidc.providerName()).isEqualTo("Microsoft");
        assertThat(oidc.roles().grants().get(0)).extracting(g -> g.role(), g -> g.level())
                .containsExactly(Role.SERVICE_MANAGER, AuthorityLevel.SERVICE_MANAGER);
        assertThat(c.toString()).contains("login.microsoftonline.com").doesNotContain("a-client-secret-value");
    }

    @Test
    @DisplayName("UCA_PUBLIC_URL, with or without single sign-on, is the address set-password links start with;"
            + " unset, none (the request's own); a plain-http one refused as for the callback")
    void publicUrlForLinks() {
        assertThat(Configuration.from(Map.of("UCA_PUBLIC_URL", "https://uca.landlord.example/"), new Properties())
                .signIn().publicUrl()).contains(java.net.URI.create("https://uca.landlord.example/"));
        assertThat(Configuration.from(Map.of(), new Properties()).signIn().publicUrl()).isEmpty();
        assertThat(Configuration.from(entra(), new Properties()).signIn().publicUrl()).isPresent();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Configuration.from(Map.of("UCA_PUBLIC_URL",
                        "http://uca.landlord.example"), new Properties()))
                .hasMessageContaining("UCA_PUBLIC_URL must use https://");
    }

    @Test
    @DisplayName("on this machine, without UCA_PUBLIC_URL, the callback is on localhost at UCA's port")
    void localCallback() {
        Map<String, String> env = entra();
        env.remove("UCA_PUBLIC_URL");
        env.put("UCA_PORT", "8181");
        assertThat(Configuration.from(env, new Properties()).signIn().singleSignOn().orElseThrow().redirectUri())
                .hasToString("http://localhost:8181/sign-in/oidc/callback");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
            "UCA_OIDC_ROLE_MAP | uca=CHIEF | UCA_OIDC_ROLE_MAP entry 1 (\"uca=CHIEF\"): \"CHIEF\" is not a role",
            "UCA_OIDC_ROLE_MAP | '' | UCA_OIDC_ROLE_MAP must be set when UCA_OIDC_ISSUER is.",
            "UCA_OIDC_CLIENT_SECRET | '' | UCA_OIDC_CLIENT_SECRET must be set when UCA_OIDC_ISSUER is.",
            "UCA_OIDC_CLIENT_ID | '' | UCA_OIDC_CLIENT_ID must be set when UCA_OIDC_ISSUER is.",
            "UCA_OIDC_ISSUER | http://login.example.org/tenant | UCA_OIDC_ISSUER must use https://",
            "UCA_OIDC_ISSUER | login.example.org | UCA_OIDC_ISSUER must be an https:// URL",
            "UCA_PUBLIC_URL | http://uca.landlord.example | UCA_PUBLIC_URL must use https://",
            "UCA_PUBLIC_URL | https://uca.landlord.example/?x=1 | UCA_PUBLIC_URL must not have a query",
            "UCA_LOCAL_PASSWORDS | no | UCA_LOCAL_PASSWORDS must be true or false, not \"no\"."})
    @DisplayName("a mistake in the single sign-on settings stops UCA with one line naming the setting")
    void mistakesRefused(String name, String value, String message) {
        Map<String, String> env = entra();
        env.put(name, value);
        assertThatThrownBy(() -> Configuration.from(env, new Properties()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(message)
                .hasMessageNotContaining("\n");
    }

    @Test
    @DisplayName("passwords cannot be switched off without single sign-on, and half a single sign-on set-up is refused")
    void incompleteRefused() {
        assertThatThrownBy(() -> Configuration.from(Map.of("UCA_LOCAL_PASSWORDS", "false"), new Properties()))
                .hasMessageContaining("UCA_LOCAL_PASSWORDS=false needs single sign-on");
        assertThatThrownBy(() -> Configuration.from(Map.of("UCA_OIDC_CLIENT_ID", "x"), new Properties()))
                .hasMessageContaining("UCA_OIDC_CLIENT_ID is set but UCA_OIDC_ISSUER is not");
    }
}

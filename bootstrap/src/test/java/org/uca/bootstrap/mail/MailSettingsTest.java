package org.uca.bootstrap.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Notifications by e-mail: the UCA_SMTP_ settings and UCA_SDT_EMAIL")
class MailSettingsTest {

    static final Map<String, String> GOOD = Map.of("UCA_SMTP_HOST", "smtp.octavia.example", "UCA_SMTP_FROM",
            "UCA <uca@octavia.example>", "UCA_SDT_EMAIL", "sdt@octavia.example");

    static Optional<MailSettings> from(Map<String, String> settings) {
        return MailSettings.from(name -> settings.getOrDefault(name, ""));
    }

    static Map<String, String> good(String... more) {
        Map<String, String> settings = new HashMap<>(GOOD);
        for (int i = 0; i < more.length; i += 2) {
            settings.put(more[i], more[i + 1]);
        }
        return settings;
    }

    @Test
    @DisplayName("without UCA_SMTP_HOST nothing is e-mailed (notifications wait in the outbox)")
    void offUnlessAHostIsSet() {
        assertThat(from(Map.of())).isEmpty();
    }

    @Test
    @DisplayName("with a host: STARTTLS on port 587 unless set, the sender and the Service Development Team's address")
    void defaults() {
        MailSettings mail = from(GOOD).orElseThrow();
        assertThat(mail.security()).isEqualTo(MailSettings.Security.STARTTLS);
        assertThat(mail.port()).isEqualTo(587);
        assertThat(mail.user()).isEmpty();
        assertThat(mail.from().getAddress()).isEqualTo("uca@octavia.example");
        assertThat(mail.from().getPersonal()).isEqualTo("UCA");
        assertThat(mail.serviceDevelopmentTeam().orElseThrow().getAddress()).isEqualTo("sdt@octavia.example");
        assertThat(mail.messageIdDomain()).isEqualTo("octavia.example");
    }

    @ParameterizedTest(name = "UCA_SMTP_SECURITY={0}: port {1} unless set")
    @CsvSource({"TLS, 465", "tls, 465", "NONE, 25", "starttls, 587"})
    void eachSecurityHasItsUsualPort(String security, int port) {
        MailSettings mail = from(good("UCA_SMTP_SECURITY", security)).orElseThrow();
        assertThat(mail.port()).isEqualTo(port);
        assertThat(from(good("UCA_SMTP_SECURITY", security, "UCA_SMTP_PORT", "2525")).orElseThrow().port())
                .isEqualTo(2525);
    }

    @ParameterizedTest(name = "{0}={1} is refused naming the setting")
    @CsvSource(delimiter = '|', value = {
            "UCA_SMTP_PORT|abc|UCA_SMTP_PORT must be a port number, 1 to 65535",
            "UCA_SMTP_PORT|0|UCA_SMTP_PORT must be a port number",
            "UCA_SMTP_PORT|65536|UCA_SMTP_PORT must be a port number",
            "UCA_SMTP_SECURITY|SSL|UCA_SMTP_SECURITY must be STARTTLS, TLS or NONE, not \"SSL\"",
            "UCA_SMTP_FROM|uca.octavia.example|UCA_SMTP_FROM must be one e-mail address",
            "UCA_SMTP_FROM|a@x.example, b@x.example|UCA_SMTP_FROM must be one e-mail address",
            "UCA_SDT_EMAIL|sdt@|UCA_SDT_EMAIL must be one e-mail address",
            "UCA_SDT_EMAIL|sdt@localhost|UCA_SDT_EMAIL must be one e-mail address",
            "UCA_SMTP_HOST|smtp.octavia.example/25|UCA_SMTP_HOST must be a host name or address"})
    void aWrongValueIsRefusedInOneLine(String name, String value, String message) {
        assertThatThrownBy(() -> from(good(name, value))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(message).message().doesNotContain("\n");
    }

    @Test
    @DisplayName("a host needs the sender's address; the Service Development Team's may instead be set in UCA")
    void aHostNeedsTheSendersAddress() {
        Map<String, String> noFrom = good();
        noFrom.remove("UCA_SMTP_FROM");
        assertThatThrownBy(() -> from(noFrom)).hasMessageStartingWith("UCA_SMTP_FROM must be set when UCA_SMTP_HOST is");
        Map<String, String> noTeam = good();
        noTeam.remove("UCA_SDT_EMAIL");
        assertThat(from(noTeam).orElseThrow().serviceDevelopmentTeam()).isEmpty();
    }

    @Test
    @DisplayName("a mail setting without UCA_SMTP_HOST is refused, not silently ignored")
    void aSettingWithoutAHostIsRefused() {
        assertThatThrownBy(() -> from(Map.of("UCA_SDT_EMAIL", "sdt@octavia.example")))
                .hasMessage("UCA_SDT_EMAIL is set but UCA_SMTP_HOST is not: set the SMTP server to have notifications"
                        + " e-mailed.");
    }

    @Test
    @DisplayName("user and password go together, and a password is never sent unencrypted (NONE)")
    void credentials() {
        assertThatThrownBy(() -> from(good("UCA_SMTP_USER", "uca"))).hasMessageStartingWith(
                "UCA_SMTP_USER and UCA_SMTP_PASSWORD go together");
        assertThatThrownBy(() -> from(good("UCA_SMTP_USER", "uca", "UCA_SMTP_PASSWORD", "s3cret!",
                "UCA_SMTP_SECURITY", "NONE"))).hasMessageContaining("would send the password unencrypted");
        MailSettings mail = from(good("UCA_SMTP_USER", "uca", "UCA_SMTP_PASSWORD", "s3cret!")).orElseThrow();
        assertThat(mail.user()).contains("uca");
        assertThat(mail.toString()).contains("as uca").doesNotContain("s3cret!");
        assertThat(mail.inWords()).isEqualTo("e-mailed through smtp.octavia.example:587 (STARTTLS, as uca), to the"
                + " addresses set under Administration, Notification addresses (the Service Development Team at"
                + " sdt@octavia.example until one is set there)");
    }
}

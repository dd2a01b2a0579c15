package org.uca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A setting UCA cannot use is refused in one line naming it and the values it takes, never read as a default. */
@DisplayName("Settings: an unknown value is refused, naming the setting and what it takes")
class SettingValuesTest {

    /** For a relay that has no letter to e-mail: one asked for is a mistake in the test. */
    static final org.uca.application.port.out.LetterDocuments NO_LETTERS = letter -> {
        throw new AssertionError("no letter is e-mailed here");
    };

    private static Configuration with(String name, String value) {
        return Configuration.from(Map.of(name, value), new Properties());
    }

    @Test
    @DisplayName("UCA_PORT outside 0 to 65535 is refused as a setting, not a Java exception at the bind")
    void portOutOfRange() {
        assertThatThrownBy(() -> with("UCA_PORT", "99999")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("UCA_PORT must be 0 to 65535 (0: any free port), not 99999.");
        assertThatThrownBy(() -> with("UCA_PORT", "-1")).hasMessageStartingWith("UCA_PORT must be 0 to 65535");
        assertThat(with("UCA_PORT", "65535").port()).isEqualTo(65535);
    }

    @Test
    @DisplayName("UCA_STORE takes database or memory; a misspelt store is refused, never the database by default")
    void storeIsDatabaseOrMemory() {
        assertThatThrownBy(() -> with("UCA_STORE", "foo")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("UCA_STORE must be database or memory, not \"foo\".");
        assertThat(with("UCA_STORE", "Memory").inMemory()).isTrue();
        assertThat(with("UCA_STORE", "database").inMemory()).isFalse();
    }

    @Test
    @DisplayName("UCA_SECURE_COOKIES takes true or false; \"yes\" is refused, never read as false (cookies sent"
            + " over plain HTTP)")
    void secureCookiesIsTrueOrFalse() {
        assertThatThrownBy(() -> with("UCA_SECURE_COOKIES", "yes")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("UCA_SECURE_COOKIES must be true or false, not \"yes\".");
        assertThat(with("UCA_SECURE_COOKIES", "TRUE").secureCookies()).isTrue();
        assertThat(with("UCA_SECURE_COOKIES", "false").secureCookies()).isFalse();
        assertThatThrownBy(() -> with("UCA_LOCAL_PASSWORDS", "no"))
                .hasMessage("UCA_LOCAL_PASSWORDS must be true or false, not \"no\".");
    }

    @Test
    @DisplayName("notifications by e-mail: unset UCA_SMTP_HOST sends none; a wrong port, security or address is"
            + " refused in one line naming the setting")
    void mailSettings() {
        assertThat(Configuration.from(Map.of(), new Properties()).mail()).isEmpty();
        Map<String, String> mail = Map.of("UCA_SMTP_HOST", "smtp.octavia.example", "UCA_SMTP_FROM",
                "uca@octavia.example", "UCA_SDT_EMAIL", "sdt@octavia.example");
        Configuration on = Configuration.from(mail, new Properties());
        assertThat(on.mail().orElseThrow().host()).isEqualTo("smtp.octavia.example");
        assertThat(on.toString()).contains("mail=MailSettings[e-mailed through smtp.octavia.example:587");
        assertThatThrownBy(() -> with(mail, "UCA_SMTP_PORT", "smtp")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("UCA_SMTP_PORT must be a port number");
        assertThatThrownBy(() -> with(mail, "UCA_SMTP_SECURITY", "SSL"))
                .hasMessage("UCA_SMTP_SECURITY must be STARTTLS, TLS or NONE, not \"SSL\".");
        assertThatThrownBy(() -> with(mail, "UCA_SDT_EMAIL", "the team"))
                .hasMessageStartingWith("UCA_SDT_EMAIL must be one e-mail address");
    }

    @Test
    @DisplayName("the start-up banner says when notifications are not being e-mailed, and why")
    void theBannerSaysWhetherNotificationsAreEmailed() {
        Configuration off = with("UCA_STORE", "memory");
        try (Backend memory = Backends.open(off, new DemoClock())) {
            assertThat(Main.notificationsLine(off, memory)).isEqualTo("Notifications are not being e-mailed"
                    + " (UCA_SMTP_HOST is not set): they wait in the outbox.");
            Configuration on = Configuration.from(Map.of("UCA_STORE", "memory", "UCA_SMTP_HOST", "smtp.octavia.example",
                    "UCA_SMTP_FROM", "uca@octavia.example", "UCA_SDT_EMAIL", "sdt@octavia.example"), new Properties());
            assertThat(Main.notificationsLine(on, memory)).startsWith("Notifications are not being e-mailed: the"
                    + " in-memory store");
            assertThat(Main.notificationRelay(on, memory, NO_LETTERS, Optional.empty())).as("no relay job without an outbox").isEmpty();
        }
        Configuration onADatabase = Configuration.from(Map.of("UCA_JDBC_URL", "jdbc:h2:mem:uca-banner-"
                + java.util.UUID.randomUUID() + org.uca.adapter.persistence.DatabaseSettings.H2_OPTIONS
                + ";DB_CLOSE_DELAY=-1", "UCA_DB_USER", "uca", "UCA_SMTP_HOST", "smtp.octavia.example", "UCA_SMTP_FROM",
                "uca@octavia.example", "UCA_SDT_EMAIL", "sdt@octavia.example"), new Properties());
        try (Backend database = Backends.open(onADatabase, new DemoClock())) {
            assertThat(Main.notificationsLine(onADatabase, database)).isEqualTo("Notifications: e-mailed through"
                    + " smtp.octavia.example:587 (STARTTLS), to the addresses set under Administration, Notification"
                    + " addresses (the Service Development Team at sdt@octavia.example until one is set there).");
            assertThat(Main.notificationRelay(onADatabase, database, NO_LETTERS,
                    Optional.empty())).as("the relay, one of the scheduled jobs")
                    .hasValueSatisfying(job -> assertThat(job.name()).isEqualTo("notification-relay"));
        }
    }

    private static Configuration with(Map<String, String> settings, String name, String value) {
        Map<String, String> all = new java.util.HashMap<>(settings);
        all.put(name, value);
        return Configuration.from(all, new Properties());
    }

    @Test
    @DisplayName("as the guide says, a setting that cannot be read is one line on standard error and exit status 2")
    void aBadSettingExitsWithTwoAndOneLine() throws IOException, InterruptedException {
        ProcessBuilder started = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName());
        started.environment().put("UCA_PORT", "99999");
        started.environment().put("UCA_STORE", "memory");
        Process uca = started.start();
        assertThat(uca.waitFor(60, TimeUnit.SECONDS)).isTrue();

        String err = new String(uca.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(uca.exitValue()).isEqualTo(2);
        assertThat(err.strip()).isEqualTo("UCA cannot start: UCA_PORT must be 0 to 65535 (0: any free port), not"
                + " 99999.");
    }
}

package org.uca.bootstrap.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.vavr.collection.List;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.adapter.persistence.DatabaseSettings;
import org.uca.adapter.persistence.OutboxNotification;
import org.uca.adapter.persistence.UcaDatabase;
import org.uca.application.port.out.Notifications.Audience;
import org.uca.application.port.out.Notifications.Notification;
import org.uca.application.port.out.Ports;
import org.uca.domain.calendar.WorkingDays;
import org.uca.domain.cases.CaseEvent;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;

/**
 * The outbox relay against a real SMTP server in the test JVM (GreenMail) and a real database (H2): policy 5.1's
 * "inform the Service Development Team" arrives by e-mail, at least once, never for a change that was rolled back.
 */
@DisplayName("The outbox relay e-mails notifications through a real SMTP server")
class NotificationRelayTest {

    static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    static final CaseId CASE = new CaseId(UUID.fromString("00000000-0000-4000-8000-000000000012"));

    private final AtomicReference<Instant> now = new AtomicReference<>(T0);
    private String url;
    private UcaDatabase database;
    private Ports ports;
    private int smtpPort;
    private GreenMail smtp;
    private MailSettings settings;

    @BeforeEach
    void start() throws IOException {
        url = "jdbc:h2:mem:relay-" + UUID.randomUUID() + DatabaseSettings.H2_OPTIONS + ";DB_CLOSE_DELAY=-1";
        open();
        try (ServerSocket free = new ServerSocket(0)) {
            smtpPort = free.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        settings = MailSettings.from(name -> Map.of("UCA_SMTP_HOST", "127.0.0.1", "UCA_SMTP_PORT",
                String.valueOf(smtpPort), "UCA_SMTP_SECURITY", "NONE", "UCA_SMTP_FROM", "UCA <uca@octavia.example>",
                "UCA_SDT_EMAIL", "sdt@octavia.example").getOrDefault(name, "")).orElseThrow();
    }

    private void open() {
        database = UcaDatabase.connect(new DatabaseSettings(url, "uca", "", 2));
        ports = database.ports(now::get, WorkingDays.ENGLAND_AND_WALES);
    }

    @AfterEach
    void stop() {
        try {
            smtp.stop();
        } catch (RuntimeException notStarted) {
            // the outage tests may never start it
        }
        database.close();
    }

    private NotificationRelay relay() {
        return new NotificationRelay(NotificationRelay.outboxOf(database), new SmtpNotificationMail(settings), settings,
                now::get);
    }

    /** A notification written as the application writes one: in the transaction of the change it tells of. */
    private void notified(Audience audience, List<String> teams, String subject) {
        ports.unitOfWork().inTransaction(() -> {
            ports.notifications().send(new Notification(audience, teams, subject, "Sam Patel (Service Manager,"
                    + " Housing): Restriction lifted: decision 1 no longer applies.", lifted()));
            return null;
        });
    }

    private static CaseEvent lifted() {
        return new CaseEvent.RestrictionLifted(CASE, new ResidentId("R-1001"), new DecisionId(1),
                new StaffId("S-2"), T0.minus(Duration.ofMinutes(5)));
    }

    @Test
    @DisplayName("policy 5.1: a notification reaches the Service Development Team once, with its subject and a stable"
            + " Message-ID; the next run sends nothing more")
    void deliveredOnce() throws Exception {
        smtp.start();
        notified(Audience.SERVICE_DEVELOPMENT_TEAM, List.empty(), "Restriction lifted on case " + CASE);
        long id = database.unsentNotifications(10).head().id();

        assertThat(relay().relay()).isEqualTo(new NotificationRelay.Relayed(1, 0));
        assertThat(relay().relay()).as("the next run").isEqualTo(new NotificationRelay.Relayed(0, 0));

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getSubject()).isEqualTo("Restriction lifted on case " + CASE);
        assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly("sdt@octavia.example");
        assertThat(mail.getFrom()).extracting(Object::toString).containsExactly("UCA <uca@octavia.example>");
        assertThat(mail.getMessageID()).isEqualTo("<notification-" + id + "@uca.octavia.example>");
        assertThat(mail.getContent().toString()).contains("Restriction lifted: decision 1 no longer applies.")
                .contains("case " + CASE.value());
        assertThat(database.unsentNotifications(10)).as("marked sent").isEmpty();
    }

    @Test
    @DisplayName("teams informed: the e-mail goes to the Service Development Team and names the teams to be told")
    void teamsInformedGoToTheTeamForNow() throws Exception {
        smtp.start();
        notified(Audience.TEAMS_INFORMED, List.of("Customer Services", "Repairs"), "Teams informed on case " + CASE);

        relay().relay();

        MimeMessage mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getRecipients(Message.RecipientType.TO)).extracting(Object::toString)
                .containsExactly("sdt@octavia.example");
        assertThat(mail.getContent().toString()).startsWith("For the teams to be informed: Customer Services,"
                + " Repairs.");
    }

    @Test
    @DisplayName("addresses set by administrators: the Service Development Team's set in UCA wins over UCA_SDT_EMAIL,"
            + " a team informed with an address gets its notice, and one without is passed to the Service"
            + " Development Team by name")
    void addressesSetInUcaAreUsed() throws Exception {
        smtp.start();
        StaffId admin = new StaffId("S-ADMIN");
        ports.notifications().setServiceDevelopmentTeamAddress(io.vavr.control.Option.some("monitoring@octavia.example"),
                admin, T0);
        ports.notifications().setTeamAddress(" repairs ", io.vavr.control.Option.some("repairs@octavia.example"),
                admin, T0);
        notified(Audience.SERVICE_DEVELOPMENT_TEAM, List.empty(), "Restriction lifted on case " + CASE);
        notified(Audience.TEAMS_INFORMED, List.of("Repairs"), "Teams informed on case " + CASE);
        notified(Audience.TEAMS_INFORMED, List.of("Customer Services", "Repairs"), "Teams informed again on " + CASE);

        assertThat(relay().relay()).isEqualTo(new NotificationRelay.Relayed(3, 0));

        MimeMessage[] received = smtp.getReceivedMessages(); // one copy per recipient's mailbox
        assertThat(received).extracting(m -> m.getSubject() + " -> " + java.util.Arrays.toString(m.getRecipients(
                Message.RecipientType.TO))).containsOnly(
                "Restriction lifted on case " + CASE + " -> [monitoring@octavia.example]",
                "Teams informed on case " + CASE + " -> [repairs@octavia.example]",
                "Teams informed again on " + CASE + " -> [repairs@octavia.example, monitoring@octavia.example]");
        assertThat(received).hasSize(4);
        MimeMessage toRepairs = java.util.Arrays.stream(received).filter(m -> subject(m).equals("Teams informed on"
                + " case " + CASE)).findFirst().orElseThrow();
        assertThat(toRepairs.getContent().toString()).startsWith("For the teams to be informed: Repairs.\r\n\r\n")
                .doesNotContain("pass this on");
        MimeMessage both = java.util.Arrays.stream(received).filter(m -> subject(m).startsWith("Teams informed"
                + " again")).findFirst().orElseThrow();
        assertThat(both.getContent().toString()).contains("No address is set in UCA for Customer Services:"
                + " the Service Development Team is asked to pass this on.");
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    @DisplayName("with no Service Development Team address anywhere, the notification waits with the reason, which"
            + " names where to set it; it is sent once an administrator sets one")
    void withoutAnAddressItWaitsWithTheReason() throws Exception {
        smtp.start();
        settings = MailSettings.from(name -> Map.of("UCA_SMTP_HOST", "127.0.0.1", "UCA_SMTP_PORT",
                String.valueOf(smtpPort), "UCA_SMTP_SECURITY", "NONE", "UCA_SMTP_FROM", "UCA <uca@octavia.example>")
                .getOrDefault(name, "")).orElseThrow();
        notified(Audience.SERVICE_DEVELOPMENT_TEAM, List.empty(), "Restriction lifted on case " + CASE);

        assertThat(relay().relay()).isEqualTo(new NotificationRelay.Relayed(0, 1));
        assertThat(smtp.getReceivedMessages()).isEmpty();
        var waiting = database.unsentNotifications(10).head();
        assertThat(waiting.lastError().get()).isEqualTo("no address for the Service Development Team: set it under"
                + " Administration, Notification addresses (or UCA_SDT_EMAIL)");

        ports.notifications().setServiceDevelopmentTeamAddress(io.vavr.control.Option.some("sdt@octavia.example"),
                new StaffId("S-ADMIN"), T0);
        now.set(T0.plus(Duration.ofMinutes(2)));
        assertThat(relay().relay()).isEqualTo(new NotificationRelay.Relayed(1, 0));
    }

    @Test
    @DisplayName("an SMTP outage leaves the notification unsent with the attempt recorded; after a restart, with the"
            + " server back and the back-off passed, it is delivered once under the same Message-ID")
    void retriedAfterAnOutage() throws Exception {
        notified(Audience.SERVICE_DEVELOPMENT_TEAM, List.empty(), "Restriction lifted on case " + CASE);
        // nothing listens on the SMTP port yet

        assertThat(relay().relay()).isEqualTo(new NotificationRelay.Relayed(0, 1));
        OutboxNotification waiting = database.unsentNotifications(10).head();
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(waiting.lastError().get()).startsWith("cannot reach the SMTP server 127.0.0.1:" + smtpPort);
        assertThat(waiting.nextAttemptAt().get()).isEqualTo(T0.plus(Duration.ofMinutes(1)));

        database.close(); // UCA restarts while the server is down
        open();
        smtp.start();
        assertThat(relay().relay()).as("within the back-off").isEqualTo(new NotificationRelay.Relayed(0, 0));
        assertThat(smtp.getReceivedMessages()).isEmpty();

        now.set(T0.plus(Duration.ofMinutes(1)));
        assertThat(relay().relay()).isEqualTo(new NotificationRelay.Relayed(1, 0));
        assertThat(relay().relay()).isEqualTo(new NotificationRelay.Relayed(0, 0));
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(smtp.getReceivedMessages()[0].getMessageID())
                .isEqualTo("<notification-" + waiting.id() + "@uca.octavia.example>");
    }

    @Test
    @DisplayName("at least once: when UCA stops after the server accepted a mail but before it was marked sent, the"
            + " next run sends it again under the same Message-ID, so the repeat is recognisable")
    void atLeastOnceWithTheSameMessageId() throws Exception {
        smtp.start();
        notified(Audience.SERVICE_DEVELOPMENT_TEAM, List.empty(), "Restriction lifted on case " + CASE);
        NotificationRelay.Outbox stored = NotificationRelay.outboxOf(database);
        NotificationRelay.Outbox stopsBeforeMarking = new NotificationRelay.Outbox() {
            @Override
            public io.vavr.collection.Seq<OutboxNotification> due(Instant at, int limit) {
                return stored.due(at, limit);
            }

            @Override
            public void sent(long id, Instant at) {
                throw new IllegalStateException("UCA stopped");
            }

            @Override
            public void notDelivered(long id, String error, Instant nextAttempt) {
                stored.notDelivered(id, error, nextAttempt);
            }

            @Override
            public org.uca.application.port.out.Notifications.Addresses addresses() {
                return stored.addresses();
            }
        };
        assertThatThrownBy(() -> new NotificationRelay(stopsBeforeMarking, new SmtpNotificationMail(settings), settings,
                now::get).relay()).hasMessage("UCA stopped");

        assertThat(relay().relay()).isEqualTo(new NotificationRelay.Relayed(1, 0));
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(2);
        assertThat(received[1].getMessageID()).isEqualTo(received[0].getMessageID());
        assertThat(relay().relay()).isEqualTo(new NotificationRelay.Relayed(0, 0));
    }

    @Test
    @DisplayName("a second failed attempt waits twice as long: one minute, doubling, to an hour at most")
    void backOffDoubles() {
        notified(Audience.SERVICE_DEVELOPMENT_TEAM, List.empty(), "Restriction lifted on case " + CASE);
        relay().relay();
        now.set(T0.plus(Duration.ofMinutes(1)));
        relay().relay();

        OutboxNotification waiting = database.unsentNotifications(10).head();
        assertThat(waiting.attempts()).isEqualTo(2);
        assertThat(waiting.nextAttemptAt().get()).isEqualTo(T0.plus(Duration.ofMinutes(1 + 2)));
        assertThat(List.rangeClosed(1, 8).map(NotificationRelay::backOff).map(Duration::toMinutes))
                .containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L);
        assertThat(NotificationRelay.backOff(1_000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    @DisplayName("a change that was rolled back wrote no notification, so nothing is e-mailed")
    void nothingForARolledBackChange() {
        smtp.start();
        assertThatThrownBy(() -> ports.unitOfWork().inTransaction(() -> {
            ports.notifications().send(new Notification(Audience.SERVICE_DEVELOPMENT_TEAM, List.empty(),
                    "Restriction lifted on case " + CASE, "never kept", lifted()));
            throw new IllegalStateException("the change failed after the notification was written");
        })).hasMessageContaining("the change failed");

        assertThat(relay().relay()).isEqualTo(new NotificationRelay.Relayed(0, 0));
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }
}

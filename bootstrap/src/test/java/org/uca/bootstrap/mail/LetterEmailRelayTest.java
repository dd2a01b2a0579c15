package org.uca.bootstrap.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.vavr.collection.List;
import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.adapter.persistence.DatabaseSettings;
import org.uca.adapter.persistence.UcaDatabase;
import org.uca.application.port.out.Letter;
import org.uca.application.port.out.LetterOutput.How;
import org.uca.application.port.out.LetterOutput.Sending;
import org.uca.application.port.out.Ports;
import org.uca.domain.calendar.WorkingDays;
import org.uca.domain.cases.CaseId;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;

/**
 * A letter e-mailed to a resident, against a real SMTP server (GreenMail) and database (H2): the PDF attached,
 * recorded as e-mailed only once the server accepted it, retried after an outage under the same Message-ID.
 */
@DisplayName("A letter e-mailed to the resident arrives with the PDF attached, at least once")
class LetterEmailRelayTest {

    static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    static final CaseId CASE = new CaseId(UUID.fromString("00000000-0000-4000-8000-000000000024"));
    static final byte[] PDF = "%PDF-1.7 the decision letter".getBytes(StandardCharsets.US_ASCII);

    private final AtomicReference<Instant> now = new AtomicReference<>(T0);
    private UcaDatabase database;
    private Ports ports;
    private GreenMail smtp;
    private MailSettings settings;

    @BeforeEach
    void start() throws IOException {
        database = UcaDatabase.connect(new DatabaseSettings("jdbc:h2:mem:letters-" + UUID.randomUUID()
                + DatabaseSettings.H2_OPTIONS + ";DB_CLOSE_DELAY=-1", "uca", "", 2));
        ports = database.ports(now::get, WorkingDays.ENGLAND_AND_WALES);
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        settings = MailSettings.from(name -> Map.of("UCA_SMTP_HOST", "127.0.0.1", "UCA_SMTP_PORT",
                String.valueOf(port), "UCA_SMTP_SECURITY", "NONE", "UCA_SMTP_FROM", "Octavia <uca@octavia.example>")
                .getOrDefault(name, "")).orElseThrow();
        ports.unitOfWork().inTransaction(() -> {
            ports.letters().sent(new Sending(CASE, "decision/1", How.EMAILED, new StaffId("S-2"), T0,
                    Option.some("rae.quinn@example.org"), Option.none()));
            return null;
        });
    }

    @AfterEach
    void stop() {
        try {
            smtp.stop();
        } catch (RuntimeException notStarted) {
            // the outage test starts it late
        }
        database.close();
    }

    private LetterEmailRelay relay() {
        Letter letter = new Letter(Letter.Kind.DECISION, CASE, new ResidentId("R-1001"), "Rae Quinn",
                "1 Mill Lane, Leeds, LS1 1AA", LocalDate.of(2026, 12, 1), "Our decision about how we will deliver our"
                + " services to you", List.empty(), "Yours sincerely");
        return new LetterEmailRelay(LetterEmailRelay.waitingIn(database), email -> Either.right(letter),
                l -> PDF, new SmtpNotificationMail(settings), settings, now::get);
    }

    @Test
    @DisplayName("the letter reaches the resident's address once, the PDF attached, and the sending is marked"
            + " e-mailed")
    void deliveredOnceWithThePdf() throws Exception {
        smtp.start();
        assertThat(relay().relay()).isEqualTo(new NotificationRelay.Relayed(1, 0));
        assertThat(relay().relay()).as("the next run").isEqualTo(new NotificationRelay.Relayed(0, 0));

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()).extracting(Object::toString)
                .containsExactly("rae.quinn@example.org");
        assertThat(received[0].getSubject()).isEqualTo("Our decision about how we will deliver our services to you");
        Multipart parts = (Multipart) received[0].getContent();
        assertThat(parts.getBodyPart(0).getContent().toString()).startsWith("Dear Rae Quinn,");
        Part attached = parts.getBodyPart(1);
        assertThat(attached.getDisposition()).isEqualTo(Part.ATTACHMENT);
        assertThat(attached.getFileName()).isEqualTo("letter-decision-1.pdf");
        assertThat(attached.getContentType()).startsWith("application/pdf");
        assertThat(attached.getInputStream().readAllBytes()).isEqualTo(PDF);
        assertThat(ports.letters().sendings(CASE).head().emailedAt()).contains(T0);
    }

    @Test
    @DisplayName("an SMTP outage leaves the letter waiting with the attempt counted; after the back-off it is sent,"
            + " once, under the same Message-ID as every attempt")
    void retriedAfterAnOutage() throws Exception {
        assertThat(relay().relay()).isEqualTo(new NotificationRelay.Relayed(0, 1));
        assertThat(ports.letters().sendings(CASE).head().emailedAt()).isEmpty();
        assertThat(database.dueLetterEmails(T0, 10)).as("backing off").isEmpty();

        smtp.start();
        now.set(T0.plus(Duration.ofMinutes(1)));
        assertThat(database.dueLetterEmails(now.get(), 10).head().attempts()).isEqualTo(1);
        assertThat(relay().relay()).isEqualTo(new NotificationRelay.Relayed(1, 0));
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(smtp.getReceivedMessages()[0].getMessageID()).startsWith("<letter-").endsWith(
                "@uca.octavia.example>");
    }

    @Test
    @DisplayName("after three failed attempts the letter e-mail is listed for administrators, with its last error;"
            + " retry now brings its next attempt forward and it is then sent")
    void listedAfterThreeAttemptsAndRetried() {
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(ports.letters().emailsNotDelivered(3, 10)).as("after %d", attempt - 1).isEmpty();
            assertThat(relay().relay()).isEqualTo(new NotificationRelay.Relayed(0, 1));
            now.set(now.get().plus(Duration.ofHours(1)));
        }
        var listed = ports.letters().emailsNotDelivered(3, 10);
        assertThat(listed).hasSize(1);
        assertThat(listed.head().letter()).isEqualTo("decision/1");
        assertThat(listed.head().emailTo()).isEqualTo("rae.quinn@example.org");
        assertThat(listed.head().lastError().get()).startsWith("cannot reach the SMTP server");

        Instant later = now.get().plus(Duration.ofDays(1));
        ports.letters().retryEmailAt(listed.head().id(), later);
        assertThat(ports.letters().emailNotDelivered(listed.head().id()).get().nextAttemptAt()).contains(later);
        smtp.start();
        now.set(later);
        assertThat(relay().relay()).isEqualTo(new NotificationRelay.Relayed(1, 0));
        assertThat(ports.letters().emailNotDelivered(listed.head().id())).as("delivered").isEmpty();
    }
}

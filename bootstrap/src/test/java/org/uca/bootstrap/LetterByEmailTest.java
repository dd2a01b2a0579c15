package org.uca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.vavr.collection.List;
import io.vavr.control.Option;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.adapter.persistence.DatabaseSettings;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.LetterQuery;
import org.uca.application.port.out.LetterOutput.How;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.cases.WarningId;
import org.uca.domain.people.ResidentId;

/**
 * A letter e-mailed to the resident, as the composition root wires it: recorded by an officer, sent by the relay
 * through a real SMTP server (GreenMail) with the letter's own PDF attached; refused where e-mail is excluded.
 */
class LetterByEmailTest {

    @Test
    @DisplayName("a letter can be e-mailed to the resident with the PDF attached when e-mail is an allowed channel"
            + " for them; where the decision excludes e-mail it is refused with the reason")
    void aLetterIsEmailedWithItsPdf() throws Exception {
        int smtpPort;
        try (ServerSocket free = new ServerSocket(0)) {
            smtpPort = free.getLocalPort();
        }
        GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Configuration configuration = Configuration.from(Map.of("UCA_PORT", "0", "UCA_JDBC_URL",
                "jdbc:h2:mem:letter-email-" + UUID.randomUUID() + DatabaseSettings.H2_OPTIONS + ";DB_CLOSE_DELAY=-1",
                "UCA_DB_USER", "uca", "UCA_SMTP_HOST", "127.0.0.1", "UCA_SMTP_PORT", String.valueOf(smtpPort),
                "UCA_SMTP_SECURITY", "NONE", "UCA_SMTP_FROM", "Octavia <uca@octavia.example>", "UCA_SDT_EMAIL",
                "sdt@octavia.example", "UCA_JOBS_POLL_SECONDS", "3600"), new Properties());
        Main.Running running = Main.start(configuration, true);
        try {
            var app = running.backend().application();
            running.backend().saveResident(new Resident(new ResidentId("R-1002"), "Peter Walsh",
                    List.of("4 Lime Grove", "Shepherd's Bush", "London"), "W12 8EA", Option.none(), Option.none(),
                    Option.none(), Option.some("peter.walsh@example.org"), Option.none(), Option.none()));
            CaseId walsh = app.viewCase().caseOf(DemoData.OFFICER, new ResidentId("R-1002")).get().get();
            var sent = app.sendLetter().recordSending(DemoData.OFFICER, walsh,
                    new LetterQuery.Which.ForWarning(new WarningId(1)), How.EMAILED);
            assertThat(sent.isRight()).as(String.valueOf(sent)).isTrue();

            CaseId clarke = app.viewCase().caseOf(DemoData.OFFICER, new ResidentId("R-1003")).get().get();
            var excluded = app.sendLetter().recordSending(DemoData.OFFICER, clarke,
                    new LetterQuery.Which.ForDecision(new DecisionId(1)), How.EMAILED);
            assertThat(excluded.getLeft()).isInstanceOf(Failure.Refused.class);
            assertThat(excluded.getLeft().message()).contains("E-mail contact with Sandra Clarke is excluded");

            Main.notificationRelay(configuration, running.backend(), running.letters(), java.util.Optional.empty()).orElseThrow().work().run();

            MimeMessage[] toWalsh = Arrays.stream(smtp.getReceivedMessages()).filter(m -> recipients(m)
                    .contains("peter.walsh@example.org")).toArray(MimeMessage[]::new);
            assertThat(toWalsh).as("at least once").isNotEmpty();
            assertThat(Arrays.stream(toWalsh).map(LetterByEmailTest::messageId).distinct()).hasSize(1);
            Multipart parts = (Multipart) toWalsh[0].getContent();
            assertThat(parts.getBodyPart(1).getFileName()).isEqualTo("letter-warning-1.pdf");
            try (PDDocument pdf = Loader.loadPDF(parts.getBodyPart(1).getInputStream().readAllBytes())) {
                assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ")).contains("Peter Walsh",
                        "4 Lime Grove", "Housing Ombudsman");
            }
            assertThat(app.sendLetter().sendings(DemoData.OFFICER, walsh).get().last().emailedAt()).isNotEmpty();
        } finally {
            running.stop();
            smtp.stop();
        }
    }

    private static String recipients(MimeMessage m) {
        try {
            return Arrays.toString(m.getAllRecipients());
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String messageId(MimeMessage m) {
        try {
            return m.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}

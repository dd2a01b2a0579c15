package org.uca.bootstrap.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.application.port.out.NotificationMail.Mail;

/**
 * How the connection to the SMTP server is protected, against real servers in the test JVM (GreenMail): TLS from
 * the first byte with a password, the server's certificate checked, and STARTTLS required, never skipped.
 */
@DisplayName("The SMTP connection is encrypted as UCA_SMTP_SECURITY says, or nothing is sent")
class SmtpSecurityTest {

    private static final String STORE_PASSWORD = "changeit";
    private static Path keystore;
    private static GreenMail smtps;
    private static int smtpsPort;

    /** A certificate naming 127.0.0.1 and localhost, made for this run (keytool ships with every JDK). */
    @BeforeAll
    static void startTlsServer() throws Exception {
        keystore = Files.createTempDirectory("uca-smtps").resolve("server.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "uca-test-smtp", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
                "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
                "-keystore", keystore.toString(), "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD)
                .redirectErrorStream(true).start();
        String said = new String(keytool.getInputStream().readAllBytes());
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS) && keytool.exitValue() == 0).as(said).isTrue();
        System.setProperty("greenmail.tls.keystore.file", keystore.toString());
        System.setProperty("greenmail.tls.keystore.password", STORE_PASSWORD);
        System.setProperty("greenmail.tls.key.password", STORE_PASSWORD);
        smtpsPort = freePort();
        smtps = new GreenMail(new ServerSetup(smtpsPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTPS));
        smtps.setUser("uca@octavia.example", "uca-relay", "a-long-relay-password");
        smtps.start();
    }

    @AfterAll
    static void stop() throws IOException {
        smtps.stop();
        System.clearProperty("greenmail.tls.keystore.file");
        System.clearProperty("greenmail.tls.keystore.password");
        System.clearProperty("greenmail.tls.key.password");
        Files.deleteIfExists(keystore);
    }

    private static int freePort() throws IOException {
        try (ServerSocket free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }

    private static MailSettings settings(String security, int port, boolean withPassword) {
        Map<String, String> values = new java.util.HashMap<>(Map.of("UCA_SMTP_HOST", "127.0.0.1", "UCA_SMTP_PORT",
                String.valueOf(port), "UCA_SMTP_SECURITY", security, "UCA_SMTP_FROM", "uca@octavia.example",
                "UCA_SDT_EMAIL", "sdt@octavia.example"));
        if (withPassword) {
            values.put("UCA_SMTP_USER", "uca-relay");
            values.put("UCA_SMTP_PASSWORD", "a-long-relay-password");
        }
        return MailSettings.from(name -> values.getOrDefault(name, "")).orElseThrow();
    }

    /** Trusts the certificate made for this run, as a landlord's JVM trusts its mail server's CA. */
    private static SSLSocketFactory trustingThisRunsCertificate() throws Exception {
        KeyStore server = KeyStore.getInstance("PKCS12");
        try (InputStream in = new FileInputStream(keystore.toFile())) {
            server.load(in, STORE_PASSWORD.toCharArray());
        }
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        trust.setCertificateEntry("uca-test-smtp", server.getCertificate("uca-test-smtp"));
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context.getSocketFactory();
    }

    private static Seq<Either<String, Mail>> sendOne(SmtpNotificationMail mail, String subject) {
        return mail.send(List.of(new Mail("<notification-" + subject.hashCode() + "@uca.octavia.example>",
                List.of("sdt@octavia.example"), subject, "Measures authorised on case 12.")));
    }

    @Test
    @DisplayName("TLS: the mail is delivered over an encrypted connection, signed in with the relay's password")
    void tlsWithAPasswordDelivers() throws Exception {
        int before = smtps.getReceivedMessages().length;
        Seq<Either<String, Mail>> sent = sendOne(new SmtpNotificationMail(settings("TLS", smtpsPort, true),
                trustingThisRunsCertificate()), "Over TLS");

        assertThat(sent.head().isRight()).as(String.valueOf(sent.head())).isTrue();
        assertThat(smtps.getReceivedMessages()).hasSize(before + 1);
        assertThat(smtps.getReceivedMessages()[before].getSubject()).isEqualTo("Over TLS");
    }

    @Test
    @DisplayName("TLS: a server whose certificate is not trusted gets nothing, not the password nor the mail; the"
            + " reason names the certificate")
    void anUntrustedCertificateIsRefused() {
        int before = smtps.getReceivedMessages().length;
        Seq<Either<String, Mail>> sent = sendOne(new SmtpNotificationMail(settings("TLS", smtpsPort, true)),
                "Untrusted");

        assertThat(sent.head().getLeft()).startsWith("cannot reach the SMTP server 127.0.0.1:" + smtpsPort)
                .containsIgnoringCase("certificat");
        assertThat(smtps.getReceivedMessages()).hasSize(before);
    }

    @Test
    @DisplayName("STARTTLS is required when asked for: a server that does not offer it gets nothing, never a mail in"
            + " plain text")
    void startTlsIsNeverSkipped() throws Exception {
        int port = freePort();
        GreenMail plain = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        plain.start();
        try {
            Seq<Either<String, Mail>> sent = sendOne(new SmtpNotificationMail(settings("STARTTLS", port, true),
                    trustingThisRunsCertificate()), "Plain text");

            assertThat(sent.head().getLeft()).startsWith("cannot reach the SMTP server 127.0.0.1:" + port)
                    .contains("STARTTLS");
            assertThat(plain.getReceivedMessages()).isEmpty();
        } finally {
            plain.stop();
        }
    }

    @Test
    @DisplayName("a wrong SMTP setting is found at start-up, in one line naming the server, without sending anything;"
            + " right settings pass")
    void theStartUpCheckNamesAWrongSetting() throws Exception {
        int nothingThere = freePort();
        var wrongPort = new SmtpNotificationMail(settings("TLS", nothingThere, true), trustingThisRunsCertificate())
                .check();
        assertThat(wrongPort).hasValueSatisfying(why -> assertThat(why)
                .startsWith("cannot use the SMTP server 127.0.0.1:" + nothingThere + " (TLS): ")
                .doesNotContain("\n"));
        assertThat(new SmtpNotificationMail(settings("TLS", smtpsPort, true), trustingThisRunsCertificate()).check())
                .isEmpty();
    }
}

package org.uca.bootstrap.mail;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Date;
import java.util.Optional;
import java.util.Properties;
import org.uca.application.port.out.NotificationMail;

/**
 * The application's {@link NotificationMail} over SMTP, with Eclipse Angus Mail: one connection for a run's mails,
 * protected as {@link MailSettings#security()} says (STARTTLS is required when asked for, and the server's
 * certificate must name the host), plain-text UTF-8 mails whose Message-ID is the one given.
 */
public final class SmtpNotificationMail implements NotificationMail {

    /** How long connecting, and each read or write, may take before the attempt counts as failed. */
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final MailSettings settings;
    private final Session session;

    public SmtpNotificationMail(MailSettings settings) {
        this.settings = settings;
        this.session = Session.getInstance(properties(settings));
    }

    /**
     * As {@link #SmtpNotificationMail(MailSettings)}, trusting the certificates {@code trusted} trusts instead of the
     * JVM's (a test's own server). The server's name is still checked against its certificate.
     */
    SmtpNotificationMail(MailSettings settings, javax.net.ssl.SSLSocketFactory trusted) {
        this.settings = settings;
        Properties p = properties(settings);
        p.put("mail.smtp.ssl.socketFactory", trusted);
        this.session = Session.getInstance(p);
    }

    private static Properties properties(MailSettings settings) {
        Properties p = new Properties();
        p.setProperty("mail.smtp.host", settings.host());
        p.setProperty("mail.smtp.port", String.valueOf(settings.port()));
        p.setProperty("mail.smtp.from", settings.from().getAddress()); // the envelope sender
        p.setProperty("mail.smtp.auth", String.valueOf(settings.user().isPresent()));
        String timeout = String.valueOf(TIMEOUT.toMillis());
        p.setProperty("mail.smtp.connectiontimeout", timeout);
        p.setProperty("mail.smtp.timeout", timeout);
        p.setProperty("mail.smtp.writetimeout", timeout);
        if (settings.security() == MailSettings.Security.STARTTLS) {
            p.setProperty("mail.smtp.starttls.enable", "true");
            p.setProperty("mail.smtp.starttls.required", "true");
        } else if (settings.security() == MailSettings.Security.TLS) {
            p.setProperty("mail.smtp.ssl.enable", "true");
        }
        if (settings.security() != MailSettings.Security.NONE) {
            p.setProperty("mail.smtp.ssl.checkserveridentity", "true");
        }
        return p;
    }

    /**
     * Connects and signs in as the relay would, sending nothing: why the settings cannot be used (a wrong host,
     * port, security or password), or nothing when they can.
     */
    public Optional<String> check() {
        try {
            Transport transport = session.getTransport("smtp");
            transport.connect(settings.host(), settings.port(), settings.user().orElse(null),
                    settings.user().isPresent() ? settings.password() : null);
            transport.close();
            return Optional.empty();
        } catch (MessagingException e) {
            return Optional.of("cannot use the SMTP server " + settings.host() + ":" + settings.port() + " ("
                    + settings.security() + "): " + why(e));
        }
    }

    @Override
    public Seq<Either<String, Mail>> send(Seq<Mail> mails) {
        if (mails.isEmpty()) {
            return List.empty();
        }
        Transport transport;
        try {
            transport = session.getTransport("smtp");
            transport.connect(settings.host(), settings.port(), settings.user().orElse(null),
                    settings.user().isPresent() ? settings.password() : null);
        } catch (MessagingException e) {
            String why = "cannot reach the SMTP server " + settings.host() + ":" + settings.port() + ": " + why(e);
            return mails.map(mail -> Either.left(why));
        }
        try {
            return mails.map(mail -> sendOne(transport, mail));
        } finally {
            try {
                transport.close();
            } catch (MessagingException e) {
                // every mail sent was accepted already; a failed QUIT changes nothing
            }
        }
    }

    private Either<String, Mail> sendOne(Transport transport, Mail mail) {
        try {
            MimeMessage message = message(mail);
            transport.sendMessage(message, message.getAllRecipients());
            return Either.right(mail);
        } catch (MessagingException e) {
            return Either.left("the SMTP server did not accept it: " + why(e));
        }
    }

    private MimeMessage message(Mail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", mail.messageId()); // the notification's own, the same on every attempt
            }
        };
        message.setFrom(settings.from());
        InternetAddress[] to = new InternetAddress[mail.to().size()];
        for (int i = 0; i < to.length; i++) {
            to[i] = new InternetAddress(mail.to().get(i), true);
        }
        message.setRecipients(Message.RecipientType.TO, to);
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        if (mail.attachment().isEmpty()) {
            message.setText(mail.body(), StandardCharsets.UTF_8.name());
        } else {
            var attachment = mail.attachment().get();
            jakarta.mail.internet.MimeBodyPart text = new jakarta.mail.internet.MimeBodyPart();
            text.setText(mail.body(), StandardCharsets.UTF_8.name());
            jakarta.mail.internet.MimeBodyPart file = new jakarta.mail.internet.MimeBodyPart();
            file.setDataHandler(new jakarta.activation.DataHandler(new jakarta.mail.util.ByteArrayDataSource(
                    attachment.content(), attachment.contentType())));
            file.setFileName(attachment.fileName());
            file.setDisposition(jakarta.mail.Part.ATTACHMENT);
            message.setContent(new jakarta.mail.internet.MimeMultipart(text, file));
        }
        message.setSentDate(new Date());
        message.saveChanges();
        return message;
    }

    /** The failure and its causes, in one line (never the mail's text). */
    private static String why(Throwable failure) {
        StringBuilder why = new StringBuilder();
        for (Throwable t = failure; t != null && why.length() < 400; t = t.getCause()) {
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            if (why.indexOf(message) < 0) {
                why.append(why.length() == 0 ? "" : ": ").append(message.strip().replaceAll("\\s+", " "));
            }
        }
        return why.toString();
    }
}

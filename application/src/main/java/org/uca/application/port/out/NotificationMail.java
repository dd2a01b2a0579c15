package org.uca.application.port.out;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;

/**
 * Handing notifications to the mail system, for the outbox relay that delivers them after the change they tell of
 * was committed. A mail counts as delivered once the mail server has accepted it; the same {@code messageId} on a
 * retry lets a reader's mail program recognise a mail it already has.
 */
public interface NotificationMail {

    /**
     * Hands the mails over, in order; for each, in the same order, the mail when the server accepted it, or why
     * it was not (a server that cannot be reached fails every mail).
     */
    Seq<Either<String, Mail>> send(Seq<Mail> mails);

    /**
     * One e-mail.
     *
     * @param messageId the whole Message-ID header, {@code <…@…>}: the same for every attempt at one notification
     */
    record Mail(String messageId, Seq<String> to, String subject, String body, Option<Attachment> attachment) {
        public Mail {
            Objects.requireNonNull(messageId, "messageId");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(attachment, "attachment");
            if (to.isEmpty()) {
                throw new IllegalArgumentException("A mail needs at least one address to go to.");
            }
        }

        /** A plain-text mail. */
        public Mail(String messageId, Seq<String> to, String subject, String body) {
            this(messageId, to, subject, body, Option.none());
        }
    }

    /** A file sent with a mail, such as a letter as a PDF. */
    record Attachment(String fileName, String contentType, byte[] content) {
        public Attachment {
            Objects.requireNonNull(fileName, "fileName");
            Objects.requireNonNull(contentType, "contentType");
            content = Objects.requireNonNull(content, "content").clone();
        }

        @Override
        public byte[] content() {
            return content.clone();
        }
    }
}

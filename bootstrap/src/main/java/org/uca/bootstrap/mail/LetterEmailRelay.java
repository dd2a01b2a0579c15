package org.uca.bootstrap.mail;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.uca.adapter.persistence.LetterEmail;
import org.uca.adapter.persistence.UcaDatabase;
import org.uca.application.port.out.Clock;
import org.uca.application.port.out.Letter;
import org.uca.application.port.out.NotificationMail;
import org.uca.application.port.out.NotificationMail.Attachment;
import org.uca.application.port.out.NotificationMail.Mail;

/**
 * E-mails the letters staff chose to e-mail to residents, each with the letter attached as a PDF made when it is
 * sent, through the same SMTP server and on the same terms as notifications: marked e-mailed only once the server
 * accepted it, with a stable Message-ID per sending, and backing off after a failure.
 */
public final class LetterEmailRelay {

    /** Where the letters to e-mail wait (the database's {@code letter_sending}). */
    public interface Waiting {
        Seq<LetterEmail> due(Instant now, int limit);

        void emailed(long id, Instant at);

        void notEmailed(long id, String error, Instant nextAttempt);
    }

    public static Waiting waitingIn(UcaDatabase database) {
        return new Waiting() {
            @Override
            public Seq<LetterEmail> due(Instant now, int limit) {
                return database.dueLetterEmails(now, limit);
            }

            @Override
            public void emailed(long id, Instant at) {
                database.letterEmailed(id, at);
            }

            @Override
            public void notEmailed(long id, String error, Instant nextAttempt) {
                database.letterNotEmailed(id, error, nextAttempt);
            }
        };
    }

    private static final Logger LOG = LoggerFactory.getLogger(LetterEmailRelay.class);

    private final Waiting waiting;
    private final Function<LetterEmail, Either<String, Letter>> letters;
    private final Function<Letter, byte[]> pdf;
    private final NotificationMail mail;
    private final MailSettings settings;
    private final Clock clock;

    /**
     * @param letters the letter a sending is of, as it stands (or why it cannot be had)
     * @param pdf     the letter as a PDF, as staff download it
     */
    public LetterEmailRelay(Waiting waiting, Function<LetterEmail, Either<String, Letter>> letters,
            Function<Letter, byte[]> pdf, NotificationMail mail, MailSettings settings, Clock clock) {
        this.waiting = Objects.requireNonNull(waiting, "waiting");
        this.letters = Objects.requireNonNull(letters, "letters");
        this.pdf = Objects.requireNonNull(pdf, "pdf");
        this.mail = Objects.requireNonNull(mail, "mail");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Sends the letters that are due (at most {@link NotificationRelay#PER_RUN}). */
    public NotificationRelay.Relayed relay() {
        Instant now = clock.now();
        Seq<LetterEmail> due = waiting.due(now, NotificationRelay.PER_RUN);
        int delivered = 0;
        int failed = 0;
        for (LetterEmail email : due) {
            Either<String, Mail> made = letters.apply(email).map(letter -> mail(email, letter));
            Either<String, Mail> outcome = made.isLeft() ? made : mail.send(List.of(made.get())).head();
            if (outcome.isRight()) {
                waiting.emailed(email.id(), clock.now());
                delivered++;
            } else {
                Instant next = now.plus(NotificationRelay.backOff(email.attempts() + 1));
                waiting.notEmailed(email.id(), outcome.getLeft(), next);
                failed++;
                LOG.warn("Letter e-mail {} not delivered (attempt {}): {}; next attempt at {}", email.id(),
                        email.attempts() + 1, outcome.getLeft(), next);
            }
        }
        return new NotificationRelay.Relayed(delivered, failed);
    }

    /** A short covering note; the letter itself is the attachment, exactly as it would be posted. */
    Mail mail(LetterEmail email, Letter letter) {
        String reference = email.sending().letter().replace('/', '-');
        return new Mail("<letter-" + email.id() + "@uca." + settings.messageIdDomain() + ">",
                List.of(email.sending().emailTo().get()), letter.subject(),
                "Dear " + letter.residentName() + ",\n\nPlease find attached our letter: " + letter.subject()
                        + ".\n\nIt is a PDF file. If you cannot open it, or would like it in another format, contact"
                        + " us on the telephone number or at the address on the letter and we will send it another"
                        + " way.\n",
                Option.some(new Attachment("letter-" + reference + ".pdf", "application/pdf", pdf.apply(letter))));
    }
}

package org.uca.bootstrap.mail;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.uca.adapter.persistence.SqlReminderDigests;
import org.uca.adapter.persistence.UcaDatabase;
import org.uca.application.port.in.ReminderDigestQuery;
import org.uca.application.port.in.ReminderDigestQuery.Digest;
import org.uca.application.port.in.ReminderDigestQuery.Item;
import org.uca.application.port.in.ReminderDigestQuery.Thresholds;
import org.uca.application.port.out.Clock;
import org.uca.application.port.out.NotificationMail;
import org.uca.application.port.out.NotificationMail.Mail;

/**
 * The daily reminder digest by e-mail (issue 12). {@link #write} asks the application for today's digests and writes
 * each to {@code reminder_digest}, at most one per manager per day (the table's unique key, so a second run, on this
 * process or another, writes nothing); {@link #deliver}, run with the notification relay, sends those not yet sent,
 * as the relay sends notifications: marked sent only once the SMTP server accepted it (at least once, one Message-ID
 * per digest), a failed attempt counted with its error and retried after {@link NotificationRelay#backOff}. A digest
 * sent is deleted after {@link #KEEP_SENT}.
 */
public final class ReminderDigests {

    /** The database's digests. */
    public static SqlReminderDigests storeOf(UcaDatabase database) {
        return database.reminderDigests();
    }

    private static final Logger LOG = LoggerFactory.getLogger(ReminderDigests.class);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM uuuu", Locale.UK);

    private final SqlReminderDigests store;
    private final ReminderDigestQuery query;
    private final Thresholds thresholds;
    private final NotificationMail mail;
    private final MailSettings settings;
    private final Optional<URI> publicUrl;
    private final Clock clock;

    public ReminderDigests(SqlReminderDigests store, ReminderDigestQuery query, Thresholds thresholds,
            NotificationMail mail, MailSettings settings, Optional<URI> publicUrl, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.query = Objects.requireNonNull(query, "query");
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
        this.mail = Objects.requireNonNull(mail, "mail");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.publicUrl = Objects.requireNonNull(publicUrl, "publicUrl");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What one run of {@link #write} did: digests written, and those already written today. */
    public record Written(int written, int alreadyWritten) {
    }

    /**
     * How long a digest is kept once sent: it names residents, and once read it is only a record that a reminder
     * went, so it is deleted after this (by the job, before it writes the day's).
     */
    public static final Duration KEEP_SENT = Duration.ofDays(30);

    /** Writes today's digests (none on a day that is not a working day), first deleting those sent long ago. */
    public Written write() {
        int forgotten = store.forgetSentBefore(clock.now().minus(KEEP_SENT));
        if (forgotten > 0) {
            LOG.info("Reminder digest: {} sent more than {} days ago deleted", forgotten, KEEP_SENT.toDays());
        }
        ReminderDigestQuery.Digests today = query.today(thresholds);
        if (!today.workingDay()) {
            LOG.info("Reminder digest: {} is not a working day, so none is sent", today.day());
            return new Written(0, 0);
        }
        today.notSent().forEach(n -> LOG.info("Reminder digest: none for staff {}, who {}", n.who().value(), n.why()));
        int written = 0;
        int already = 0;
        for (Digest digest : today.digests()) {
            if (store.add(digest.to(), digest.day(), digest.email(), subject(digest), body(digest), clock.now())) {
                written++;
            } else {
                already++;
            }
        }
        LOG.info("Reminder digest for {}: {} written, {} written already", today.day(), written, already);
        return new Written(written, already);
    }

    /** Sends the digests that are due (at most {@link NotificationRelay#PER_RUN}). */
    public NotificationRelay.Relayed deliver() {
        Instant now = clock.now();
        Seq<SqlReminderDigests.Row> due = store.due(now, NotificationRelay.PER_RUN);
        if (due.isEmpty()) {
            return new NotificationRelay.Relayed(0, 0);
        }
        Seq<Either<String, Mail>> outcomes = mail.send(due.map(row -> new Mail(messageId(row.id()),
                List.of(row.recipient()), row.subject(), row.body())));
        int delivered = 0;
        int failed = 0;
        for (var pair : due.zip(outcomes)) {
            SqlReminderDigests.Row row = pair._1;
            if (pair._2.isRight()) {
                store.sent(row.id(), clock.now());
                delivered++;
            } else {
                int attempt = row.attempts() + 1;
                Instant next = now.plus(NotificationRelay.backOff(attempt));
                store.notDelivered(row.id(), pair._2.getLeft(), next);
                failed++;
                LOG.warn("Reminder digest {} not delivered (attempt {}): {}; next attempt at {}", row.id(), attempt,
                        pair._2.getLeft(), next);
            }
        }
        if (delivered > 0) {
            LOG.info("Reminder digests: {} e-mailed", delivered);
        }
        return new NotificationRelay.Relayed(delivered, failed);
    }

    static String subject(Digest digest) {
        int overdue = digest.items().count(Item::overdue);
        return "UCA reminders for " + DAY.format(digest.day()) + ": " + digest.items().size()
                + (digest.items().size() == 1 ? " thing" : " things") + " due"
                + (overdue > 0 ? " (" + overdue + " overdue)" : "");
    }

    /** The digest's text: each item with its case, resident, what is due and when, and a link to the case. */
    String body(Digest digest) {
        StringBuilder text = new StringBuilder("Dear ").append(digest.name()).append(",\n\n")
                .append("These need you, as of ").append(DAY.format(digest.day())).append(":\n");
        for (Item item : digest.items()) {
            text.append("\n- ").append(item.what()).append(": ").append(item.residentName())
                    .append(", case ").append(item.caseId().value()).append(".\n  ")
                    .append(when(item, digest.day())).append('\n')
                    .append("  ").append(link(item)).append('\n');
        }
        return text.append("\n-- \nSent by UCA each working day to the managers who have something due.\n")
                .toString();
    }

    private static String when(Item item, LocalDate today) {
        if (item.kind() == ReminderDigestQuery.Kind.RESIDENT_NOT_INFORMED) {
            return "Decision made on " + DAY.format(item.due()) + "; record how the resident was told.";
        }
        if (item.overdue()) {
            return "OVERDUE: was due by " + DAY.format(item.due()) + ".";
        }
        return (item.due().equals(today) ? "Due today, " : "Due by ") + DAY.format(item.due()) + ".";
    }

    private String link(Item item) {
        String path = "/cases/" + item.caseId().value();
        return publicUrl.map(base -> base.toString().replaceAll("/+$", "") + path).orElse(path);
    }

    /** The same for every attempt at one digest, and for every UCA process on the database. */
    String messageId(long id) {
        return "<reminder-digest-" + id + "@uca." + settings.messageIdDomain() + ">";
    }
}

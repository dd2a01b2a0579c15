package org.uca.bootstrap.mail;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.uca.adapter.persistence.OutboxNotification;
import org.uca.adapter.persistence.UcaDatabase;
import org.uca.application.port.out.Clock;
import org.uca.application.port.out.NotificationMail;
import org.uca.application.port.out.NotificationMail.Mail;
import org.uca.application.port.out.Notifications.Audience;

/**
 * The outbox relay: sends the notifications the application wrote to {@code notification_outbox} in the
 * transaction of the change they tell of (so a change rolled back left nothing to send), each after that
 * transaction, as one e-mail. A notification is marked sent only once the SMTP server accepted it: at least once,
 * since a crash between the two sends it again, under the same Message-ID. A failed attempt is counted with its
 * error, and the next waits {@link #backOff}: one minute, doubling to an hour. Nothing is ever deleted here.
 */
public final class NotificationRelay {

    /** The part of the outbox the relay reads and writes. */
    public interface Outbox {
        Seq<OutboxNotification> due(Instant now, int limit);

        void sent(long id, Instant at);

        void notDelivered(long id, String error, Instant nextAttempt);
    }

    /** The database's outbox. */
    public static Outbox outboxOf(UcaDatabase database) {
        return new Outbox() {
            @Override
            public Seq<OutboxNotification> due(Instant now, int limit) {
                return database.dueNotifications(now, limit);
            }

            @Override
            public void sent(long id, Instant at) {
                database.markNotificationSent(id, at);
            }

            @Override
            public void notDelivered(long id, String error, Instant nextAttempt) {
                database.notificationNotDelivered(id, error, nextAttempt);
            }
        };
    }

    /** The most one run sends; the rest wait for the next run. */
    static final int PER_RUN = 100;
    static final Duration FIRST_WAIT = Duration.ofMinutes(1);
    static final Duration LONGEST_WAIT = Duration.ofHours(1);

    private static final Logger LOG = LoggerFactory.getLogger(NotificationRelay.class);

    private final Outbox outbox;
    private final NotificationMail mail;
    private final MailSettings settings;
    private final Clock clock;

    public NotificationRelay(Outbox outbox, NotificationMail mail, MailSettings settings, Clock clock) {
        this.outbox = Objects.requireNonNull(outbox, "outbox");
        this.mail = Objects.requireNonNull(mail, "mail");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** What one run did. */
    public record Relayed(int delivered, int failed) {
    }

    /** Sends the notifications that are due (at most {@link #PER_RUN}). */
    public Relayed relay() {
        Instant now = clock.now();
        Seq<OutboxNotification> due = outbox.due(now, PER_RUN);
        if (due.isEmpty()) {
            return new Relayed(0, 0);
        }
        Seq<Either<String, Mail>> outcomes = mail.send(due.map(this::mail));
        int delivered = 0;
        int failed = 0;
        for (var pair : due.zip(outcomes)) {
            OutboxNotification notification = pair._1;
            if (pair._2.isRight()) {
                outbox.sent(notification.id(), clock.now());
                delivered++;
            } else {
                int attempt = notification.attempts() + 1;
                Instant next = now.plus(backOff(attempt));
                outbox.notDelivered(notification.id(), pair._2.getLeft(), next);
                failed++;
                // the error and the notification's number only: never its text
                LOG.warn("Notification {} not delivered (attempt {}): {}; next attempt at {}", notification.id(),
                        attempt, pair._2.getLeft(), next);
            }
        }
        if (delivered > 0) {
            LOG.info("Notifications: {} e-mailed to {}", delivered, settings.serviceDevelopmentTeam().getAddress());
        }
        return new Relayed(delivered, failed);
    }

    /** How long after its {@code attempt}-th failed attempt a notification is tried again. */
    static Duration backOff(int attempt) {
        if (attempt >= 7) { // 2^6 minutes is past the hour already
            return LONGEST_WAIT;
        }
        Duration wait = FIRST_WAIT.multipliedBy(1L << Math.max(0, attempt - 1));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }

    /**
     * The e-mail for a notification: to the Service Development Team (the teams informed are named at the top until
     * their own addresses are set in UCA), with the notification's subject and text and nothing more about the
     * resident than the notification holds.
     */
    Mail mail(OutboxNotification notification) {
        String to = notification.audience() == Audience.TEAMS_INFORMED
                ? "For the teams to be informed: " + notification.teams().mkString(", ") + ".\n\n" : "";
        return new Mail(messageId(notification.id()), List.of(settings.serviceDevelopmentTeam().getAddress()),
                notification.subject(), to + notification.body() + "\n\n-- \nSent by UCA (notification "
                        + notification.id() + ", case " + notification.caseId().value() + ").\n");
    }

    /** The same for every attempt at one notification, and for every UCA process on the database. */
    String messageId(long id) {
        return "<notification-" + id + "@uca." + settings.messageIdDomain() + ">";
    }
}

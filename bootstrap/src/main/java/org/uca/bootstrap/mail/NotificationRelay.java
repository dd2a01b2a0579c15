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
import org.uca.application.port.out.Notifications;
import jakarta.mail.internet.InternetAddress;
import org.uca.application.port.out.Notifications.Addresses;
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

        /** Where notifications go, as administrators set it: read at every run, so a change counts at once. */
        Addresses addresses();
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

            @Override
            public Addresses addresses() {
                return database.notificationAddresses();
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
        Addresses addresses = outbox.addresses();
        Seq<Either<String, Mail>> made = due.map(n -> mail(n, addresses));
        Seq<Either<String, Mail>> handedOver = mail.send(made.filter(Either::isRight).map(Either::get)).toList();
        Seq<Either<String, Mail>> outcomes = List.empty();
        for (Either<String, Mail> one : made) { // in the order due, each mail made matched with its outcome
            if (one.isLeft()) {
                outcomes = outcomes.append(one);
            } else {
                outcomes = outcomes.append(handedOver.head());
                handedOver = handedOver.tail();
            }
        }
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
            LOG.info("Notifications: {} e-mailed", delivered);
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
     * The e-mail for a notification, with its subject and text and nothing more about the resident than the
     * notification holds. To the Service Development Team: its address set in UCA, else UCA_SDT_EMAIL. A notice to
     * the teams informed: to each named team's address set in UCA, and to the Service Development Team for those
     * with none (named at the top, to pass on), so no team's notice is lost. Without an address to send to, why.
     */
    Either<String, Mail> mail(OutboxNotification notification, Addresses addresses) {
        var serviceDevelopmentTeam = addresses.serviceDevelopmentTeam().map(Notifications.Address::address)
                .orElse(io.vavr.control.Option.ofOptional(settings.serviceDevelopmentTeam()
                        .map(InternetAddress::getAddress)));
        Seq<String> to;
        String top = "";
        if (notification.audience() == Audience.TEAMS_INFORMED) {
            Seq<String> teamAddresses = notification.teams().flatMap(addresses::forTeam)
                    .map(Notifications.Address::address);
            Seq<String> without = notification.teams().filter(t -> addresses.forTeam(t).isEmpty());
            top = "For the teams to be informed: " + notification.teams().mkString(", ") + ".\n"
                    + (without.isEmpty() ? "" : "No address is set in UCA for " + without.mkString(", ")
                            + ": the Service Development Team is asked to pass this on.\n") + "\n";
            to = without.isEmpty() ? teamAddresses : teamAddresses.appendAll(serviceDevelopmentTeam);
            if (!without.isEmpty() && serviceDevelopmentTeam.isEmpty()) {
                return Either.left("no address for " + without.mkString(", ") + " nor for the Service Development"
                        + " Team: set them under Administration, Notification addresses");
            }
        } else {
            if (serviceDevelopmentTeam.isEmpty()) {
                return Either.left("no address for the Service Development Team: set it under Administration,"
                        + " Notification addresses (or UCA_SDT_EMAIL)");
            }
            to = serviceDevelopmentTeam.toList();
        }
        return Either.right(new Mail(messageId(notification.id()), to.distinct(), notification.subject(), top
                + notification.body() + "\n\n-- \nSent by UCA (notification " + notification.id() + ", case "
                + notification.caseId().value() + ").\n"));
    }

    /** The same for every attempt at one notification, and for every UCA process on the database. */
    String messageId(long id) {
        return "<notification-" + id + "@uca." + settings.messageIdDomain() + ">";
    }
}

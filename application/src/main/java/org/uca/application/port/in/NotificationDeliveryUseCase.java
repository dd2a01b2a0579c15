package org.uca.application.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.uca.application.port.out.LetterOutput.EmailNotDelivered;
import java.time.Duration;
import java.util.Objects;
import org.uca.application.port.out.Notifications.NeverTried;
import org.uca.application.port.out.Notifications.Undelivered;
import org.uca.domain.people.StaffId;

/**
 * For administrators: the notifications to the Service Development Team (policy 5.1) and the teams informed that
 * keep failing to be e-mailed, and "retry now" once the cause is fixed (audited). The relay otherwise tries again
 * on its own, backing off to once an hour.
 */
public interface NotificationDeliveryUseCase {

    /** After this many failed attempts a delivery is said to keep failing. */
    int KEEPS_FAILING = 3;

    /**
     * A notification never tried after this long means nothing is e-mailing them (the relay runs every 30 seconds
     * where it is configured).
     */
    Duration STALLED_AFTER = Duration.ofMinutes(5);

    /** The most listed at once, oldest first. */
    int MAX_LISTED = 200;

    Either<Failure, Deliveries> undeliveredNotifications(StaffId actingStaff);

    /** The letter e-mail to a resident is tried again at the relay's next run; answered as it now stands. */
    Either<Failure, EmailNotDelivered> retryLetterEmailNow(StaffId actingStaff, long sendingId);

    /** The notification is tried again at the relay's next run; answered as it now stands. */
    Either<Failure, Undelivered> retryNow(StaffId actingStaff, long notificationId);

    /**
     * @param failing    not delivered after {@link #KEEPS_FAILING} attempts or more, oldest first
     * @param neverTried waiting and never tried
     * @param stalled    the oldest never tried has waited longer than {@link #STALLED_AFTER}: nothing is e-mailing
     *                   notifications (the relay is not configured, or not running)
     * @param letterEmails letters e-mailed to residents not delivered after {@link #KEEPS_FAILING} attempts, oldest
     *                   first
     * @param lastError  why the oldest notification still waiting failed its last attempt, from the first failed
     *                   attempt on (a wrong SMTP setting shows here within a minute, before three attempts)
     */
    record Deliveries(Seq<Undelivered> failing, NeverTried neverTried, boolean stalled, Option<String> lastError,
            Seq<EmailNotDelivered> letterEmails) {
        public Deliveries {
            Objects.requireNonNull(letterEmails, "letterEmails");
            Objects.requireNonNull(failing, "failing");
            Objects.requireNonNull(neverTried, "neverTried");
            Objects.requireNonNull(lastError, "lastError");
        }
    }
}

package org.uca.application.service;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.NotificationDeliveryUseCase;
import org.uca.application.port.in.Task;
import org.uca.application.port.out.LetterOutput.EmailNotDelivered;
import org.uca.application.port.out.Notifications.NeverTried;
import org.uca.application.port.out.Notifications.Undelivered;
import org.uca.application.port.out.Ports;
import org.uca.domain.people.StaffId;

/** Deliveries that keep failing, for administrators, and "retry now", which brings the next attempt forward. */
final class NotificationDeliveryService implements NotificationDeliveryUseCase {

    private final CaseCommands commands;
    private final Ports ports;

    NotificationDeliveryService(CaseCommands commands, Ports ports) {
        this.commands = commands;
        this.ports = ports;
    }

    @Override
    public Either<Failure, Deliveries> undeliveredNotifications(StaffId actingStaff) {
        return commands.read(Task.RETRY_NOTIFICATIONS, actingStaff, actor -> {
            NeverTried neverTried = ports.notifications().neverTried();
            boolean stalled = neverTried.oldest().exists(oldest -> oldest.plus(STALLED_AFTER)
                    .isBefore(ports.clock().now()));
            return Either.right(new Deliveries(ports.notifications().undelivered(KEEPS_FAILING, MAX_LISTED),
                    neverTried, stalled, ports.notifications().undelivered(1, 1).headOption()
                            .flatMap(Undelivered::lastError), ports.letters().emailsNotDelivered(KEEPS_FAILING,
                            MAX_LISTED)));
        });
    }

    @Override
    public Either<Failure, EmailNotDelivered> retryLetterEmailNow(StaffId actingStaff, long sendingId) {
        return commands.administer(Task.RETRY_NOTIFICATIONS, actingStaff, actor -> {
            var found = ports.letters().emailNotDelivered(sendingId);
            if (found.isEmpty()) {
                return Either.left(new Failure.NotFound("There is no letter e-mail " + sendingId
                        + " waiting to be delivered."));
            }
            EmailNotDelivered before = found.get();
            Instant now = ports.clock().now();
            ports.letters().retryEmailAt(sendingId, now);
            return Either.right(new CaseCommands.Done<>(new EmailNotDelivered(before.id(), before.caseId(),
                    before.letter(), before.emailTo(), before.at(), before.attempts(), before.lastError(),
                    Option.some(now)), "retry now of the e-mail of letter " + before.letter() + " (case "
                    + before.caseId().value() + ", " + before.attempts() + " attempts, last error: "
                    + before.lastError().getOrElse("none") + "): before next attempt "
                    + before.nextAttemptAt().map(Instant::toString).getOrElse("at the next run") + "; after next"
                    + " attempt " + now));
        });
    }

    @Override
    public Either<Failure, Undelivered> retryNow(StaffId actingStaff, long notificationId) {
        return commands.administer(Task.RETRY_NOTIFICATIONS, actingStaff, actor -> {
            var found = ports.notifications().undelivered(notificationId);
            if (found.isEmpty()) {
                return Either.left(new Failure.NotFound("There is no notification " + notificationId
                        + " waiting to be delivered."));
            }
            Undelivered before = found.get();
            Instant now = ports.clock().now();
            ports.notifications().retryAt(notificationId, now);
            Undelivered after = new Undelivered(before.id(), before.subject(), before.caseId(), before.createdAt(),
                    before.attempts(), before.lastError(), Option.some(now));
            return Either.right(new CaseCommands.Done<>(after, "retry now of notification " + notificationId
                    + " (case " + before.caseId().value() + ", " + before.attempts() + " attempts, last error: "
                    + before.lastError().getOrElse("none") + "): before next attempt "
                    + before.nextAttemptAt().map(Instant::toString).getOrElse("at the next run") + "; after next"
                    + " attempt " + now));
        });
    }
}

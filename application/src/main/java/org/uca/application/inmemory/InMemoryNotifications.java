package org.uca.application.inmemory;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.uca.application.port.out.Notifications;
import org.uca.domain.cases.CaseId;

/**
 * Notifications kept in memory, as an outbox a front end or test can read: numbered from 1 as they are written,
 * each with its delivery (nothing here e-mails them; a test records failed attempts as the relay would).
 */
public final class InMemoryNotifications implements Notifications {

    /** A notification written, and how its delivery stands. */
    private record Kept(long id, Notification notification, boolean delivered, int attempts, Option<String> lastError,
            Option<Instant> nextAttemptAt) {

        Undelivered undelivered() {
            return new Undelivered(id, notification.subject(), notification.about().caseId(), notification.about().at(),
                    attempts, lastError, nextAttemptAt);
        }
    }

    private final CopyOnWriteArrayList<Kept> kept = new CopyOnWriteArrayList<>();
    private final AtomicLong lastId = new AtomicLong();
    private final InMemoryUnitOfWork unitOfWork;

    public InMemoryNotifications(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void send(Notification notification) {
        unitOfWork.write(InMemoryUnitOfWork.Write.unconditional(() -> kept.add(new Kept(lastId.incrementAndGet(),
                notification, false, 0, Option.none(), Option.none()))));
    }

    @Override
    public Seq<Undelivered> undelivered(int attempts, int limit) {
        return List.ofAll(kept).filter(k -> !k.delivered() && k.attempts() >= attempts).take(Math.max(0, limit))
                .map(Kept::undelivered);
    }

    @Override
    public Option<Undelivered> undelivered(long id) {
        return find(id).filter(k -> !k.delivered()).map(Kept::undelivered);
    }

    @Override
    public NeverTried neverTried() {
        Seq<Kept> never = List.ofAll(kept).filter(k -> !k.delivered() && k.attempts() == 0);
        return new NeverTried(never.size(), never.headOption().map(k -> k.notification().about().at()));
    }

    @Override
    public void notDelivered(long id, String error, Instant nextAttempt) {
        update(id, k -> new Kept(k.id(), k.notification(), false, k.attempts() + 1, Option.some(error),
                Option.some(nextAttempt)));
    }

    @Override
    public void retryAt(long id, Instant at) {
        update(id, k -> new Kept(k.id(), k.notification(), k.delivered(), k.attempts(), k.lastError(),
                Option.some(at)));
    }

    /** Records that the notification was delivered, as the relay does. */
    public void delivered(long id) {
        update(id, k -> new Kept(k.id(), k.notification(), true, k.attempts(), k.lastError(), Option.none()));
    }

    public Seq<Notification> sent() {
        return List.ofAll(kept).map(Kept::notification);
    }

    public Seq<Notification> sentTo(Audience audience) {
        return sent().filter(n -> n.audience() == audience);
    }

    /** Deletes everything about these cases (the retention rule), as part of the current unit of work. */
    void deleteAbout(Set<CaseId> cases) {
        unitOfWork.write(InMemoryUnitOfWork.Write.unconditional(
                () -> kept.removeIf(k -> cases.contains(k.notification().about().caseId()))));
    }

    private Option<Kept> find(long id) {
        return List.ofAll(kept).find(k -> k.id() == id);
    }

    private void update(long id, java.util.function.UnaryOperator<Kept> change) {
        if (find(id).isEmpty()) {
            throw new IllegalArgumentException("There is no notification " + id + " in the outbox.");
        }
        unitOfWork.write(InMemoryUnitOfWork.Write.unconditional(() -> kept.replaceAll(k -> k.id() == id
                ? change.apply(k) : k)));
    }
}

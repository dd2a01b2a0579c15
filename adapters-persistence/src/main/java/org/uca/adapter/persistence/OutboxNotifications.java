package org.uca.adapter.persistence;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import org.uca.application.port.out.Notifications;

/**
 * Notifications through a transactional outbox: each is a row written with the change it is about, so the Service
 * Development Team is told of every authorised action that was kept and of none that was not.
 */
final class OutboxNotifications implements Notifications {

    private final JpaUnitOfWork unitOfWork;

    OutboxNotifications(JpaUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void send(Notification notification) {
        OutboxJpaEntity row = new OutboxJpaEntity(notification);
        unitOfWork.inTransaction(() -> {
            unitOfWork.em().persist(row);
            return null;
        });
    }

    @Override
    public Seq<Undelivered> undelivered(int attempts, int limit) {
        return unitOfWork.inTransaction(() -> List.ofAll(unitOfWork.em()
                .createQuery("select o from OutboxJpaEntity o where o.sentAt is null and o.attempts >= :attempts"
                        + " order by o.id", OutboxJpaEntity.class)
                .setParameter("attempts", attempts)
                .setMaxResults(Math.max(0, limit))
                .getResultList()).map(OutboxNotifications::undelivered));
    }

    @Override
    public Option<Undelivered> undelivered(long id) {
        return unitOfWork.inTransaction(() -> unitOfWork.find(OutboxJpaEntity.class, id)
                .map(OutboxJpaEntity::toNotification).filter(n -> n.sentAt().isEmpty())
                .map(OutboxNotifications::undelivered));
    }

    @Override
    public NeverTried neverTried() {
        return unitOfWork.inTransaction(() -> {
            Object[] row = unitOfWork.em().createQuery("select count(o), min(o.createdAt) from OutboxJpaEntity o"
                    + " where o.sentAt is null and o.attempts = 0", Object[].class).getSingleResult();
            return new NeverTried(((Number) row[0]).longValue(), Option.of((Instant) row[1]));
        });
    }

    @Override
    public void notDelivered(long id, String error, Instant nextAttempt) {
        change(id, row -> row.notDelivered(error, nextAttempt));
    }

    @Override
    public void retryAt(long id, Instant at) {
        change(id, row -> row.retryAt(at));
    }

    private void change(long id, java.util.function.Consumer<OutboxJpaEntity> change) {
        unitOfWork.inTransaction(() -> {
            OutboxJpaEntity row = unitOfWork.find(OutboxJpaEntity.class, id).getOrNull();
            if (row == null) {
                throw new IllegalArgumentException("There is no notification " + id + " in the outbox.");
            }
            change.accept(row);
            return null;
        });
    }

    private static Undelivered undelivered(OutboxJpaEntity row) {
        return undelivered(row.toNotification());
    }

    private static Undelivered undelivered(OutboxNotification n) {
        return new Undelivered(n.id(), n.subject(), n.caseId(), n.createdAt(), n.attempts(), n.lastError(),
                n.nextAttemptAt());
    }
}

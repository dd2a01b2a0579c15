package org.uca.adapter.persistence;

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
}

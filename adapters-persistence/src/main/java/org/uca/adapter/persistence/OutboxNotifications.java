package org.uca.adapter.persistence;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import org.uca.application.port.out.Notifications;
import org.uca.domain.people.StaffId;

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

    @Override
    public Addresses addresses() {
        return unitOfWork.inTransaction(() -> {
            Seq<NotificationAddressJpaEntity> all = List.ofAll(unitOfWork.em().createQuery(
                    "select a from NotificationAddressJpaEntity a order by a.teamKey",
                    NotificationAddressJpaEntity.class).getResultList());
            return new Addresses(all.find(NotificationAddressJpaEntity::forServiceDevelopmentTeam)
                    .map(NotificationAddressJpaEntity::toAddress), all.filter(a -> !a.forServiceDevelopmentTeam())
                    .map(NotificationAddressJpaEntity::toAddress));
        });
    }

    @Override
    public void setServiceDevelopmentTeamAddress(Option<String> address, StaffId by, Instant at) {
        setAddress(NotificationAddressJpaEntity.SERVICE_DEVELOPMENT_TEAM, "", "Service Development Team", address,
                by, at);
    }

    @Override
    public void setTeamAddress(String team, Option<String> address, StaffId by, Instant at) {
        setAddress(NotificationAddressJpaEntity.TEAM, Addresses.teamKey(team), team.strip(), address, by, at);
    }

    private void setAddress(String kind, String key, String name, Option<String> address, StaffId by, Instant at) {
        unitOfWork.inTransaction(() -> {
            var row = List.ofAll(unitOfWork.em().createQuery("select a from NotificationAddressJpaEntity a"
                            + " where a.kind = :kind and a.teamKey = :key", NotificationAddressJpaEntity.class)
                    .setParameter("kind", kind).setParameter("key", key).getResultList()).headOption();
            if (address.isEmpty()) {
                row.forEach(unitOfWork.em()::remove);
            } else if (row.isDefined()) {
                row.get().set(name, address.get(), by, at);
            } else {
                unitOfWork.em().persist(new NotificationAddressJpaEntity(kind, key, name, address.get(), by, at));
            }
            unitOfWork.em().flush();
            return null;
        });
    }

    @Override
    public Seq<InboxEntry> inbox(int offset, int limit) {
        return unitOfWork.inTransaction(() -> {
            Seq<OutboxNotification> rows = List.ofAll(unitOfWork.em().createQuery("select o from OutboxJpaEntity o"
                            + " where o.audience = :sdt order by o.id desc", OutboxJpaEntity.class)
                    .setParameter("sdt", Audience.SERVICE_DEVELOPMENT_TEAM.name())
                    .setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(0, limit))
                    .getResultList()).map(OutboxJpaEntity::toNotification);
            if (rows.isEmpty()) {
                return List.empty();
            }
            return entries(rows);
        });
    }

    @Override
    public InboxCount inboxCount() {
        return unitOfWork.inTransaction(() -> {
            long all = unitOfWork.em().createQuery("select count(o) from OutboxJpaEntity o where o.audience = :sdt",
                    Long.class).setParameter("sdt", Audience.SERVICE_DEVELOPMENT_TEAM.name()).getSingleResult();
            long read = unitOfWork.em().createQuery("select count(distinct s.notificationId) from"
                    + " NotificationSeenJpaEntity s", Long.class).getSingleResult();
            return new InboxCount(all, Math.max(0, all - read));
        });
    }

    @Override
    public Option<InboxEntry> inboxEntry(long id) {
        return unitOfWork.inTransaction(() -> unitOfWork.find(OutboxJpaEntity.class, id)
                .map(OutboxJpaEntity::toNotification)
                .filter(n -> n.audience() == Audience.SERVICE_DEVELOPMENT_TEAM)
                .map(n -> entries(List.of(n)).head()));
    }

    @Override
    public void seen(long id, StaffId by, Instant at) {
        unitOfWork.inTransaction(() -> {
            if (unitOfWork.em().createQuery("select s from NotificationSeenJpaEntity s where s.notificationId = :id"
                            + " and s.staffId = :by", NotificationSeenJpaEntity.class)
                    .setParameter("id", id).setParameter("by", by.value()).getResultList().isEmpty()) {
                unitOfWork.em().persist(new NotificationSeenJpaEntity(id, by, at));
                unitOfWork.em().flush();
            }
            return null;
        });
    }

    /** The notifications as inbox entries, with who read each, first reader first: one query for them all. */
    private Seq<InboxEntry> entries(Seq<OutboxNotification> notifications) {
        var seen = List.ofAll(unitOfWork.em().createQuery("select s from NotificationSeenJpaEntity s"
                        + " where s.notificationId in :ids order by s.seenAt, s.staffId", NotificationSeenJpaEntity.class)
                .setParameter("ids", notifications.map(OutboxNotification::id).toJavaList()).getResultList())
                .groupBy(NotificationSeenJpaEntity::notificationId);
        return notifications.map(n -> entry(n, seen.get(n.id()).map(s -> s.map(NotificationSeenJpaEntity::toSeen))
                .getOrElse(List.empty())));
    }

    private static InboxEntry entry(OutboxNotification n, Seq<Seen> seen) {
        return new InboxEntry(n.id(), n.subject(), n.body(), n.caseId(), n.createdAt(), n.sentAt(), seen);
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

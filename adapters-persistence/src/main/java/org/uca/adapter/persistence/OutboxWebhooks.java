package org.uca.adapter.persistence;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.UUID;
import org.uca.application.port.out.Webhooks;
import org.uca.domain.cases.CaseId;
import org.uca.domain.people.StaffId;

/**
 * Webhooks through a transactional outbox: an event is a row per receiving system, written with the change it
 * tells of (so a change rolled back sends nothing), its CloudEvents JSON made once, then posted by a relay.
 */
final class OutboxWebhooks implements Webhooks {

    private final JpaUnitOfWork unitOfWork;
    private volatile String ucaAddress = "";
    private volatile boolean loopbackHttpAllowed;

    OutboxWebhooks(JpaUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    /** Where UCA is reached, for the events' source and links; empty: the links are paths. */
    void ucaAddress(String address) {
        this.ucaAddress = address;
    }

    void loopbackHttpAllowed(boolean allowed) {
        this.loopbackHttpAllowed = allowed;
    }

    @Override
    public boolean loopbackHttpAllowed() {
        return loopbackHttpAllowed;
    }

    @Override
    public boolean takes(EventType type) {
        return unitOfWork.inTransaction(() -> all().exists(s -> s.takes(type)));
    }

    @Override
    public void publish(Event event) {
        unitOfWork.inTransaction(() -> {
            Seq<WebhookSubscriptionJpaEntity> takers = all().filter(s -> s.takes(event.type()));
            if (!takers.isEmpty()) {
                String id = UUID.randomUUID().toString();
                String body = CloudEventJson.of(event, id, ucaAddress);
                takers.forEach(s -> unitOfWork.em().persist(new WebhookDeliveryJpaEntity(s.id(), id, event.type(),
                        event.caseId(), body, event.occurredAt())));
            }
            return null;
        });
    }

    @Override
    public Subscription register(String name, String url, Seq<EventType> types, StaffId by, Instant at) {
        return unitOfWork.inTransaction(() -> {
            var row = new WebhookSubscriptionJpaEntity(name, url, types, Subscription.newSecret(), by, at);
            unitOfWork.em().persist(row);
            unitOfWork.em().flush();
            return row.toSubscription();
        });
    }

    @Override
    public Seq<Subscription> subscriptions() {
        return unitOfWork.inTransaction(() -> all().map(WebhookSubscriptionJpaEntity::toSubscription));
    }

    @Override
    public Option<Subscription> subscription(long id) {
        return unitOfWork.inTransaction(() -> unitOfWork.find(WebhookSubscriptionJpaEntity.class, id)
                .map(WebhookSubscriptionJpaEntity::toSubscription));
    }

    @Override
    public void enable(long id, boolean enabled, StaffId by, Instant at) {
        unitOfWork.inTransaction(() -> {
            subscriptionRow(id).enable(enabled, by, at);
            return null;
        });
    }

    @Override
    public Subscription rotateSecret(long id, StaffId by, Instant at) {
        return unitOfWork.inTransaction(() -> {
            var row = subscriptionRow(id);
            row.secret(Subscription.newSecret(), by, at);
            return row.toSubscription();
        });
    }

    @Override
    public Seq<Delivery> deliveries(long subscription, int limit) {
        return unitOfWork.inTransaction(() -> withAttempts(List.ofAll(unitOfWork.em().createQuery(
                        "select d from WebhookDeliveryJpaEntity d where d.subscriptionId = :s order by d.id desc",
                        WebhookDeliveryJpaEntity.class).setParameter("s", subscription)
                .setMaxResults(Math.max(0, limit)).getResultList())));
    }

    @Override
    public Option<Delivery> delivery(long id) {
        return unitOfWork.inTransaction(() -> unitOfWork.find(WebhookDeliveryJpaEntity.class, id)
                .map(d -> withAttempts(List.of(d)).head()));
    }

    @Override
    public Delivery redeliver(long delivery, Instant at) {
        return unitOfWork.inTransaction(() -> {
            var again = deliveryRow(delivery).again(at);
            unitOfWork.em().persist(again);
            unitOfWork.em().flush();
            return again.toDelivery(List.empty());
        });
    }

    @Override
    public Seq<SentAbout> sentAbout(CaseId caseId) {
        return unitOfWork.inTransaction(() -> List.ofAll(unitOfWork.em().createQuery(
                        "select s.name, d from WebhookDeliveryJpaEntity d, WebhookSubscriptionJpaEntity s"
                                + " where d.caseId = :c and s.id = d.subscriptionId order by d.id",
                        Object[].class).setParameter("c", caseId.value()).getResultList())
                .map(row -> ((WebhookDeliveryJpaEntity) row[1]).sentTo((String) row[0])));
    }

    // ---- for the relay -------------------------------------------------------------------------------------------

    /** Deliveries pending whose next attempt has come, oldest first, with their receiving systems. */
    Seq<WebhookDue> due(Instant now, int limit) {
        return unitOfWork.inTransaction(() -> {
            Seq<WebhookDeliveryJpaEntity> rows = List.ofAll(unitOfWork.em().createQuery(
                            // a disabled system is sent nothing: its deliveries wait until it is enabled again
                            "select d from WebhookDeliveryJpaEntity d where d.status = 'PENDING'"
                                    + " and d.nextAttemptAt <= :now and exists (select s from"
                                    + " WebhookSubscriptionJpaEntity s where s.id = d.subscriptionId and s.enabled"
                                    + " = true) order by d.nextAttemptAt, d.id",
                            WebhookDeliveryJpaEntity.class).setParameter("now", now)
                    .setMaxResults(Math.max(0, limit)).getResultList());
            if (rows.isEmpty()) {
                return List.empty();
            }
            var systems = all().toMap(WebhookSubscriptionJpaEntity::id, WebhookSubscriptionJpaEntity::toSubscription);
            return withAttempts(rows).map(d -> new WebhookDue(d, systems.get(d.subscription()).get()));
        });
    }

    /** Records the attempt, and the delivery delivered, or due again at {@code next}, or (none) failed. */
    void attempted(long delivery, Attempt attempt, boolean delivered, Option<Instant> next) {
        unitOfWork.inTransaction(() -> {
            var row = deliveryRow(delivery);
            unitOfWork.em().persist(new WebhookAttemptJpaEntity(delivery, attempt));
            if (delivered) {
                row.delivered();
            } else {
                row.notDelivered(next);
            }
            return null;
        });
    }

    private Seq<WebhookSubscriptionJpaEntity> all() {
        return List.ofAll(unitOfWork.em().createQuery("select s from WebhookSubscriptionJpaEntity s order by s.id",
                WebhookSubscriptionJpaEntity.class).getResultList());
    }

    private Seq<Delivery> withAttempts(Seq<WebhookDeliveryJpaEntity> rows) {
        if (rows.isEmpty()) {
            return List.empty();
        }
        var attempts = List.ofAll(unitOfWork.em().createQuery("select a from WebhookAttemptJpaEntity a"
                        + " where a.deliveryId in :ids order by a.id", WebhookAttemptJpaEntity.class)
                .setParameter("ids", rows.map(WebhookDeliveryJpaEntity::id).toJavaList()).getResultList())
                .groupBy(WebhookAttemptJpaEntity::deliveryId);
        return rows.map(d -> d.toDelivery(attempts.get(d.id()).map(a -> a.map(WebhookAttemptJpaEntity::toAttempt)
                .toList()).getOrElse(List.empty())));
    }

    private WebhookSubscriptionJpaEntity subscriptionRow(long id) {
        return unitOfWork.find(WebhookSubscriptionJpaEntity.class, id).getOrElseThrow(() ->
                new IllegalArgumentException("There is no receiving system " + id + "."));
    }

    private WebhookDeliveryJpaEntity deliveryRow(long id) {
        return unitOfWork.find(WebhookDeliveryJpaEntity.class, id).getOrElseThrow(() ->
                new IllegalArgumentException("There is no webhook delivery " + id + "."));
    }
}

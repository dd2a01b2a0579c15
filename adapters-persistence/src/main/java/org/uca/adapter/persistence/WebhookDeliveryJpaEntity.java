package org.uca.adapter.persistence;

import org.uca.application.port.out.Webhooks;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.uca.application.port.out.Webhooks;
import org.uca.application.port.out.Webhooks.Attempt;
import org.uca.application.port.out.Webhooks.Delivery;
import org.uca.application.port.out.Webhooks.DeliveryStatus;
import org.uca.application.port.out.Webhooks.EventType;
import org.uca.domain.cases.CaseId;

/**
 * One event queued for one receiving system (V32), written in the transaction of the change it tells of: its body
 * is kept exactly as it is sent, so every attempt and redelivery signs and sends the same bytes.
 */
@Entity
@Table(name = "webhook_delivery")
final class WebhookDeliveryJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "subscription_id", nullable = false)
    private long subscriptionId;

    @Column(name = "event_id", nullable = false, length = 36)
    private String eventId;

    @Column(name = "event_type", nullable = false, length = 100)
    private String eventType;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Column(name = "body", nullable = false, columnDefinition = "text")
    private String body;

    @Column(name = "queued_at", nullable = false)
    private Instant queuedAt;

    @Column(name = "status", nullable = false, length = 20)
    private String status;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    protected WebhookDeliveryJpaEntity() {
    }

    WebhookDeliveryJpaEntity(long subscriptionId, String eventId, EventType type, CaseId caseId, String body,
            Instant queuedAt) {
        this.subscriptionId = subscriptionId;
        this.eventId = eventId;
        this.eventType = type.type();
        this.caseId = caseId.value();
        this.body = body;
        this.queuedAt = queuedAt;
        this.status = DeliveryStatus.PENDING.name();
        this.nextAttemptAt = queuedAt;
    }

    long id() {
        return id;
    }

    long subscriptionId() {
        return subscriptionId;
    }

    /** The receiver took it. */
    void delivered() {
        this.status = DeliveryStatus.DELIVERED.name();
        this.nextAttemptAt = null;
    }

    /** Not taken: tried again at {@code next}, or (none) given up. */
    void notDelivered(Option<Instant> next) {
        this.status = next.isDefined() ? DeliveryStatus.PENDING.name() : DeliveryStatus.FAILED.name();
        this.nextAttemptAt = next.getOrNull();
    }

    WebhookDeliveryJpaEntity again(Instant at) {
        return new WebhookDeliveryJpaEntity(subscriptionId, eventId, EventType.ofType(eventType).get(),
                new CaseId(caseId), body, at);
    }

    Delivery toDelivery(Seq<Attempt> attempts) {
        return new Delivery(id, subscriptionId, eventId, EventType.ofType(eventType).get(), new CaseId(caseId), body,
                queuedAt, DeliveryStatus.valueOf(status), Option.of(nextAttemptAt), attempts);
    }

    /** This event as sent to the named system, for a subject access export. */
    Webhooks.SentAbout sentTo(String system) {
        return new Webhooks.SentAbout(system, EventType.ofType(eventType).get(), eventId, queuedAt,
                DeliveryStatus.valueOf(status));
    }
}

package org.uca.adapter.persistence;

import io.vavr.collection.List;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.uca.application.port.out.Webhooks.EventType;
import org.uca.application.port.out.Webhooks.Subscription;
import org.uca.domain.people.StaffId;

/** A receiving system an administrator registered (V32): its event types as CloudEvents types, one space apart. */
@Entity
@Table(name = "webhook_subscription")
final class WebhookSubscriptionJpaEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "url", nullable = false, length = 2000)
    private String url;

    @Column(name = "event_types", nullable = false, length = 1000)
    private String eventTypes;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @Column(name = "secret", nullable = false, length = 200)
    private String secret;

    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected WebhookSubscriptionJpaEntity() {
    }

    WebhookSubscriptionJpaEntity(String name, String url, io.vavr.collection.Seq<EventType> types, String secret,
            StaffId by, Instant at) {
        this.name = StoredValues.fit("name", name, 200);
        this.url = StoredValues.fit("url", url, 2000);
        this.eventTypes = types.map(EventType::type).mkString(" ");
        this.enabled = true;
        this.secret = secret;
        changed(by, at);
    }

    long id() {
        return id;
    }

    boolean takes(EventType type) {
        return enabled && List.of(eventTypes.split(" ")).contains(type.type());
    }

    void enable(boolean enabled, StaffId by, Instant at) {
        this.enabled = enabled;
        changed(by, at);
    }

    void secret(String secret, StaffId by, Instant at) {
        this.secret = secret;
        changed(by, at);
    }

    private void changed(StaffId by, Instant at) {
        this.changedBy = by.value();
        this.changedAt = at;
    }

    Subscription toSubscription() {
        return new Subscription(id, name, url, List.of(eventTypes.split(" ")).flatMap(EventType::ofType), enabled,
                secret, new StaffId(changedBy), changedAt);
    }
}

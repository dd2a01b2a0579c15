package org.uca.adapter.persistence;

import io.vavr.control.Option;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.uca.application.port.out.Webhooks.Attempt;

/** One attempt at a delivery (V32): the receiver's status code, or why there was none, and when. */
@Entity
@Table(name = "webhook_attempt")
final class WebhookAttemptJpaEntity {

    static final int MAX_ERROR = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "delivery_id", nullable = false)
    private long deliveryId;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    @Column(name = "status_code")
    private Integer statusCode;

    @Column(name = "error", length = MAX_ERROR)
    private String error;

    protected WebhookAttemptJpaEntity() {
    }

    WebhookAttemptJpaEntity(long deliveryId, Attempt attempt) {
        this.deliveryId = deliveryId;
        this.attemptedAt = attempt.at();
        this.statusCode = attempt.statusCode().getOrNull();
        this.error = attempt.error().map(WebhookAttemptJpaEntity::oneLine).getOrNull();
    }

    private static String oneLine(String error) {
        String line = error.replaceAll("\\p{Cntrl}+", " "); // no NUL, which PostgreSQL refuses in text
        return line.length() <= MAX_ERROR ? line : line.substring(0, MAX_ERROR - 1) + "…";
    }

    long deliveryId() {
        return deliveryId;
    }

    Attempt toAttempt() {
        return new Attempt(attemptedAt, Option.of(statusCode), Option.of(error));
    }
}

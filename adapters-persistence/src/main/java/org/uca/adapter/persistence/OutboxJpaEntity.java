package org.uca.adapter.persistence;

import io.vavr.control.Option;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.time.Instant;
import java.util.UUID;
import org.uca.adapter.persistence.json.StoredJson;
import org.uca.application.port.out.Notifications;
import org.uca.domain.cases.CaseId;

/**
 * A notification in the transactional outbox: written in the same transaction as the change it tells people
 * about, so it exists if and only if the change was committed; a relay sends it afterwards and sets sent_at, or
 * counts a failed attempt and when to try again (V20).
 */
@Entity
@Table(name = "notification_outbox")
final class OutboxJpaEntity {

    static final int MAX_SUBJECT = 500;
    static final int MAX_ERROR = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "audience", nullable = false, length = 40)
    private String audience;

    @JdbcTypeCode(SqlTypes.JSON) // jsonb on PostgreSQL, text on H2 (UcaH2Dialect)
    @Column(name = "teams", nullable = false)
    private String teams;

    @Column(name = "subject", nullable = false, length = MAX_SUBJECT)
    private String subject;

    @Column(name = "body", nullable = false, columnDefinition = "text")
    private String body;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Column(name = "event_type", nullable = false, length = 40)
    private String eventType;

    @JdbcTypeCode(SqlTypes.JSON) // jsonb on PostgreSQL, text on H2 (UcaH2Dialect)
    @Column(name = "event", nullable = false)
    private String event;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "last_error", length = MAX_ERROR)
    private String lastError;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    protected OutboxJpaEntity() {
    }

    OutboxJpaEntity(Notifications.Notification n) {
        this.audience = n.audience().name();
        this.teams = StoredJson.listOf(n.teams());
        this.subject = StoredValues.fit("subject", n.subject(), MAX_SUBJECT);
        this.body = n.body();
        this.caseId = n.about().caseId().value();
        this.eventType = StoredJson.typeOf(n.about());
        this.event = StoredJson.eventOf(n.about());
        this.createdAt = n.about().at();
    }

    OutboxNotification toNotification() {
        return new OutboxNotification(id, Notifications.Audience.valueOf(audience), StoredJson.listFrom(teams),
                subject, body, new CaseId(caseId), createdAt, Option.of(sentAt), attempts, Option.of(lastError),
                Option.of(nextAttemptAt));
    }

    void sent(Instant at) {
        this.sentAt = at;
        this.nextAttemptAt = null;
    }

    /** One more attempt that did not deliver it: why (cut to fit), and not before {@code nextAttempt}. */
    void notDelivered(String error, Instant nextAttempt) {
        this.attempts++;
        String oneLine = error.replaceAll("\\p{Cntrl}+", " "); // no NUL, which PostgreSQL refuses in text
        this.lastError = oneLine.length() <= MAX_ERROR ? oneLine : oneLine.substring(0, MAX_ERROR - 1) + "…";
        this.nextAttemptAt = nextAttempt;
    }

    /** To be tried again at {@code at}; the attempts and the last error stay as they were. */
    void retryAt(Instant at) {
        this.nextAttemptAt = at;
    }
}

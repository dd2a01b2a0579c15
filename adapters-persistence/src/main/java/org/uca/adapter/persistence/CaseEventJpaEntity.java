package org.uca.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import java.time.Instant;
import java.util.UUID;

/** One event of a case's timeline; rows are only ever inserted (the database refuses UPDATE and DELETE). */
@Entity
@Table(name = "case_event")
@IdClass(CaseEventJpaEntity.Key.class)
final class CaseEventJpaEntity {

    record Key(UUID caseId, int seq) implements Serializable {
    }

    @Id
    @Column(name = "case_id")
    private UUID caseId;

    @Id
    @Column(name = "seq")
    private int seq;

    @Column(name = "event_type", nullable = false, length = 40)
    private String eventType;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "by_staff", nullable = false, length = 64)
    private String byStaff;

    @Column(name = "summary", nullable = false, length = 2000)
    private String summary;

    @JdbcTypeCode(SqlTypes.JSON) // jsonb on PostgreSQL, text on H2 (UcaH2Dialect)
    @Column(name = "payload", nullable = false)
    private String payload;

    protected CaseEventJpaEntity() {
    }

    CaseEventJpaEntity(UUID caseId, int seq, String eventType, Instant occurredAt, String byStaff, String summary,
            String payload) {
        this.caseId = caseId;
        this.seq = seq;
        this.eventType = eventType;
        this.occurredAt = occurredAt;
        this.byStaff = byStaff;
        this.summary = summary;
        this.payload = payload;
    }
}

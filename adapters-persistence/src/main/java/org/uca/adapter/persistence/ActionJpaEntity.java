package org.uca.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Projection: an unacceptable action, for monitoring by category and period. */
@Entity
@Table(name = "case_action")
@IdClass(PartKey.class)
final class ActionJpaEntity {

    @Id
    @Column(name = "case_id")
    private UUID caseId;

    @Id
    @Column(name = "action_no")
    private int number;

    @Column(name = "kind", nullable = false, length = 60)
    private String kind;

    @Column(name = "category", nullable = false, length = 60)
    private String category;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "occurred_on", nullable = false)
    private LocalDate occurredOn;

    @Column(name = "safety_concern", nullable = false)
    private boolean safetyConcern;

    @Column(name = "recorded_by", nullable = false, length = 64)
    private String recordedBy;

    @Column(name = "entered_in_error", nullable = false)
    private boolean enteredInError;

    protected ActionJpaEntity() {
    }

    ActionJpaEntity(UUID caseId, Projections.ActionFact f) {
        this.caseId = caseId;
        this.number = f.number();
        this.kind = f.kind();
        this.category = f.category();
        this.occurredAt = f.occurredAt();
        this.occurredOn = f.occurredOn();
        this.safetyConcern = f.safetyConcern();
        this.recordedBy = f.recordedBy();
        this.enteredInError = f.enteredInError();
    }
}

package org.uca.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Projection: an appeal, for appeals due and monitoring of appeals lodged, decided and decided late. */
@Entity
@Table(name = "case_appeal")
@IdClass(PartKey.class)
final class AppealJpaEntity {

    @Id
    @Column(name = "case_id")
    private UUID caseId;

    @Id
    @Column(name = "appeal_no")
    private int number;

    @Column(name = "decision_no", nullable = false)
    private int decision;

    @Column(name = "received", nullable = false)
    private LocalDate received;

    @Column(name = "due_by", nullable = false)
    private LocalDate dueBy;

    @Column(name = "review_level", nullable = false, length = 20)
    private String reviewLevel;

    @Column(name = "decided", nullable = false)
    private boolean decided;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_on")
    private LocalDate decidedOn;

    @Column(name = "outcome", length = 30)
    private String outcome;

    @Column(name = "late", nullable = false)
    private boolean late;

    protected AppealJpaEntity() {
    }

    AppealJpaEntity(UUID caseId, Projections.AppealFact f) {
        this.caseId = caseId;
        this.number = f.number();
        this.decision = f.decision();
        this.received = f.received();
        this.dueBy = f.dueBy();
        this.reviewLevel = f.reviewLevel();
        this.decided = f.decided();
        this.decidedAt = f.decidedAt();
        this.decidedOn = f.decidedOn();
        this.outcome = f.outcome();
        this.late = f.late();
    }
}

package org.uca.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Projection: each time notice of a decision was withheld without a break, for monitoring the notices still
 * withheld at the end of a period.
 */
@Entity
@Table(name = "decision_notice_withheld")
@IdClass(NoticeWithheldJpaEntity.Key.class)
final class NoticeWithheldJpaEntity {

    record Key(UUID caseId, int decision, int number) implements Serializable {
    }

    @Id
    @Column(name = "case_id")
    private UUID caseId;

    @Id
    @Column(name = "decision_no")
    private int decision;

    @Id
    @Column(name = "time_no")
    private int number;

    @Column(name = "withheld_on", nullable = false)
    private LocalDate withheldOn;

    /** Null while notice is withheld. */
    @Column(name = "ended_on")
    private LocalDate endedOn;

    protected NoticeWithheldJpaEntity() {
    }

    NoticeWithheldJpaEntity(UUID caseId, Projections.WithheldFact f) {
        this.caseId = caseId;
        this.decision = f.decision();
        this.number = f.number();
        this.withheldOn = f.withheldOn();
        this.endedOn = f.endedOn();
    }
}

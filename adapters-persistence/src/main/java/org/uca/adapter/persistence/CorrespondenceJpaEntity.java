package org.uca.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Projection: correspondence filed without a reply, for the work queue (not screened yet, by deadline) and monitoring
 * (filed, screened late, raising new issues or safeguarding concerns).
 */
@Entity
@Table(name = "case_correspondence")
@IdClass(PartKey.class)
final class CorrespondenceJpaEntity {

    @Id
    @Column(name = "case_id")
    private UUID caseId;

    @Id
    @Column(name = "correspondence_no")
    private int number;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Column(name = "screen_by", nullable = false)
    private LocalDate screenBy;

    @Column(name = "screened", nullable = false)
    private boolean screened;

    @Column(name = "screened_on")
    private LocalDate screenedOn;

    @Column(name = "late", nullable = false)
    private boolean late;

    @Column(name = "new_issue", nullable = false)
    private boolean newIssue;

    @Column(name = "safeguarding", nullable = false)
    private boolean safeguarding;

    protected CorrespondenceJpaEntity() {
    }

    CorrespondenceJpaEntity(UUID caseId, Projections.CorrespondenceFact f) {
        this.caseId = caseId;
        this.number = f.number();
        this.receivedOn = f.receivedOn();
        this.screenBy = f.screenBy();
        this.screened = f.screened();
        this.screenedOn = f.screenedOn();
        this.late = f.late();
        this.newIssue = f.newIssue();
        this.safeguarding = f.safeguarding();
    }
}

package org.uca.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** Projection: a warning, for monitoring warnings and whether a restriction followed. */
@Entity
@Table(name = "case_warning")
@IdClass(PartKey.class)
final class WarningJpaEntity {

    @Id
    @Column(name = "case_id")
    private UUID caseId;

    @Id
    @Column(name = "warning_no")
    private int number;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "issued_on", nullable = false)
    private LocalDate issuedOn;

    @Column(name = "issued_by", nullable = false, length = 64)
    private String issuedBy;

    @Column(name = "entered_in_error", nullable = false)
    private boolean enteredInError;

    protected WarningJpaEntity() {
    }

    WarningJpaEntity(UUID caseId, Projections.WarningFact f) {
        this.caseId = caseId;
        this.number = f.number();
        this.issuedAt = f.issuedAt();
        this.issuedOn = f.issuedOn();
        this.issuedBy = f.issuedBy();
        this.enteredInError = f.enteredInError();
    }
}

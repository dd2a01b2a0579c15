package org.uca.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;

/** Projection: one measure a decision authorised, as authorised, for monitoring measures by kind. */
@Entity
@Table(name = "decision_measure")
@IdClass(MeasureJpaEntity.Key.class)
final class MeasureJpaEntity {

    record Key(UUID caseId, int decision, int position) implements Serializable {
    }

    @Id
    @Column(name = "case_id")
    private UUID caseId;

    @Id
    @Column(name = "decision_no")
    private int decision;

    @Id
    @Column(name = "measure_no")
    private int position;

    @Column(name = "kind", nullable = false, length = 60)
    private String kind;

    /** {@code ALL}, or the services named ({@link Projections#servicesOf}); null where no scope applies */
    @Column(name = "services", length = 200)
    private String services;

    protected MeasureJpaEntity() {
    }

    MeasureJpaEntity(UUID caseId, Projections.MeasureFact f) {
        this.caseId = caseId;
        this.decision = f.decision();
        this.position = f.position();
        this.kind = f.kind();
        this.services = f.services();
    }
}

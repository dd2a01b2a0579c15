package org.uca.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A resident's pseudonymous reference in the audit and access logs ({@link ResidentReferences}): written and deleted
 * by SQL there; mapped for the logs' queries to join through.
 */
@Entity
@Table(name = "resident_reference")
final class ResidentReferenceJpaEntity {

    @Id
    @Column(name = "resident_id", length = ResidentJpaEntity.MAX_ID)
    private String residentId;

    @Column(name = "reference", nullable = false, length = 64, unique = true)
    private String reference;

    protected ResidentReferenceJpaEntity() {
    }
}

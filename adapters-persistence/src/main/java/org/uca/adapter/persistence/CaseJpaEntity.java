package org.uca.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/** A case: its snapshot document, the optimistic lock, and what the retention rule needs to know. */
@Entity
@Table(name = "uca_case")
class CaseJpaEntity {

    @Id
    @Column(name = "id")
    private UUID id;

    @Column(name = "resident_id", nullable = false, length = 64)
    private String residentId;

    /** Hibernate's optimistic lock: every update checks and raises it, so no update is ever lost. */
    @Version
    @Column(name = "row_version", nullable = false)
    private long rowVersion;

    /** The aggregate's version (its number of events), compared with the version the writer read. */
    @Column(name = "case_version", nullable = false)
    private long caseVersion;

    @Column(name = "snapshot", nullable = false, columnDefinition = "text")
    private String snapshot;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    protected CaseJpaEntity() {
    }

    CaseJpaEntity(UUID id, String residentId, long caseVersion, String snapshot, Instant openedAt, Instant updatedAt,
            Instant closedAt) {
        this.id = id;
        this.residentId = residentId;
        this.caseVersion = caseVersion;
        this.snapshot = snapshot;
        this.openedAt = openedAt;
        this.updatedAt = updatedAt;
        this.closedAt = closedAt;
    }

    void changed(String residentId, long caseVersion, String snapshot, Instant updatedAt, Instant closedAt) {
        this.residentId = residentId;
        this.caseVersion = caseVersion;
        this.snapshot = snapshot;
        this.updatedAt = updatedAt;
        this.closedAt = closedAt;
    }

    void anonymised(String pseudonym, String snapshot, Instant at) {
        this.residentId = pseudonym;
        this.snapshot = snapshot;
        this.anonymisedAt = at;
    }

    UUID id() {
        return id;
    }

    String residentId() {
        return residentId;
    }

    long caseVersion() {
        return caseVersion;
    }

    String snapshot() {
        return snapshot;
    }

    Instant closedAt() {
        return closedAt;
    }
}

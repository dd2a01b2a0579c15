package org.uca.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * A case's head row, as the retention rule queries it. {@link JpaCases} reads and writes the row with plain SQL,
 * together with its parts; this mapping only reads.
 */
@Entity
@Table(name = "uca_case")
final class CaseJpaEntity {

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

    @JdbcTypeCode(SqlTypes.JSON) // jsonb on PostgreSQL, text on H2 (UcaH2Dialect)
    @Column(name = "snapshot", nullable = false)
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

    UUID id() {
        return id;
    }

    Instant closedAt() {
        return closedAt;
    }
}

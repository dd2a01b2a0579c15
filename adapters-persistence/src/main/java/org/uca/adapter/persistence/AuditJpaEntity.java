package org.uca.adapter.persistence;

import io.vavr.control.Option;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.uca.application.port.out.AuditLog;
import org.uca.domain.cases.CaseId;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;

/** One audit entry. Rows are only ever inserted: the database refuses UPDATE and DELETE on this table. */
@Entity
@Table(name = "audit_entry")
final class AuditJpaEntity {

    static final int MAX_COMMAND = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "who", nullable = false, length = StaffJpaEntity.MAX_ID)
    private String who;

    @Column(name = "command", nullable = false, length = MAX_COMMAND)
    private String command;

    @Column(name = "case_id")
    private UUID caseId;

    @Column(name = "resident_id", length = ResidentJpaEntity.MAX_ID)
    private String residentId;

    @Column(name = "outcome", nullable = false, length = 20)
    private String outcome;

    @Column(name = "why", nullable = false, columnDefinition = "text")
    private String why;

    protected AuditJpaEntity() {
    }

    AuditJpaEntity(AuditLog.Entry e) {
        this.recordedAt = e.at();
        this.who = StoredValues.fit("who", e.who().value(), StaffJpaEntity.MAX_ID);
        this.command = StoredValues.fit("command", e.command(), MAX_COMMAND);
        this.caseId = e.caseId().map(CaseId::value).getOrNull();
        // A reference too long for any resident names none (the why says what was asked); a failure is still audited.
        this.residentId = e.resident().map(ResidentId::value).filter(r -> r.length() <= ResidentJpaEntity.MAX_ID)
                .getOrNull();
        this.outcome = e.outcome().name();
        this.why = e.why();
    }

    AuditLog.Entry toEntry() {
        return new AuditLog.Entry(recordedAt, new StaffId(who), command, Option.of(caseId).map(CaseId::new),
                Option.of(residentId).map(ResidentId::new), AuditLog.Outcome.valueOf(outcome), why);
    }
}

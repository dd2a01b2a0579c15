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

    /** The resident's reference ({@link ResidentReferences}), never their id: for an entry made with no case. */
    @Column(name = "resident_ref", length = 64)
    private String residentRef;

    @Column(name = "outcome", nullable = false, length = 20)
    private String outcome;

    @Column(name = "why", nullable = false, columnDefinition = "text")
    private String why;

    protected AuditJpaEntity() {
    }

    /** The entry, naming its resident (if any) by {@code residentRef}. */
    AuditJpaEntity(AuditLog.Entry e, String residentRef) {
        this.recordedAt = e.at();
        this.who = StoredValues.fit("who", e.who().value(), StaffJpaEntity.MAX_ID);
        this.command = StoredValues.fit("command", e.command(), MAX_COMMAND);
        this.caseId = e.caseId().map(CaseId::value).getOrNull();
        this.residentRef = residentRef;
        this.outcome = e.outcome().name();
        this.why = e.why();
    }

    /** The entry; {@code resident} is whom its reference stands for (none once the reference is deleted). */
    AuditLog.Entry toEntry(Option<ResidentId> resident) {
        return new AuditLog.Entry(recordedAt, new StaffId(who), command, Option.of(caseId).map(CaseId::new),
                residentRef == null ? Option.none() : resident, AuditLog.Outcome.valueOf(outcome), why);
    }

    String residentRef() {
        return residentRef;
    }
}

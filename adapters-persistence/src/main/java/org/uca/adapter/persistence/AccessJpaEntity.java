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
import org.uca.application.port.out.AccessLog;
import org.uca.domain.cases.CaseId;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;

/** One look at personal data. Rows are only ever inserted: the database refuses UPDATE and DELETE on this table. */
@Entity
@Table(name = "access_entry")
final class AccessJpaEntity {

    static final int MAX_WHAT = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "looked_at", nullable = false)
    private Instant lookedAt;

    @Column(name = "who", nullable = false, length = StaffJpaEntity.MAX_ID)
    private String who;

    @Column(name = "what", nullable = false, length = MAX_WHAT)
    private String what;

    @Column(name = "case_id")
    private UUID caseId;

    /** The resident's reference ({@link ResidentReferences}), never their id: for a look at no case. */
    @Column(name = "resident_ref", length = 64)
    private String residentRef;

    protected AccessJpaEntity() {
    }

    /** The look, naming its resident (if any) by {@code residentRef}. */
    AccessJpaEntity(AccessLog.Access a, String residentRef) {
        this.lookedAt = a.at();
        this.who = StoredValues.fit("who", a.who().value(), StaffJpaEntity.MAX_ID);
        this.what = StoredValues.fit("what", a.what(), MAX_WHAT);
        this.caseId = a.caseId().map(CaseId::value).getOrNull();
        this.residentRef = residentRef;
    }

    /** The look; {@code resident} is whom its reference stands for (a look at no case is read about them). */
    AccessLog.Access toAccess(ResidentId resident) {
        return new AccessLog.Access(lookedAt, new StaffId(who), what, Option.of(caseId).map(CaseId::new),
                residentRef == null ? Option.none() : Option.some(resident));
    }
}

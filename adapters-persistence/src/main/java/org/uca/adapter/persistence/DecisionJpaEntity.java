package org.uca.adapter.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Projection: a decision as authorised (when, by whom, at what level, for which team, on what grounds) and as it
 * stands (status and review date), for restrictions in force, reviews due and monitoring.
 */
@Entity
@Table(name = "case_decision")
@IdClass(PartKey.class)
final class DecisionJpaEntity {

    @Id
    @Column(name = "case_id")
    private UUID caseId;

    @Id
    @Column(name = "decision_no")
    private int number;

    @Column(name = "authorised_at", nullable = false)
    private Instant authorisedAt;

    @Column(name = "authorised_on", nullable = false)
    private LocalDate authorisedOn;

    @Column(name = "authorised_by", nullable = false, length = 64)
    private String authorisedBy;

    @Column(name = "authorised_level", nullable = false, length = 20)
    private String authorisedLevel;

    @Column(name = "team", nullable = false, length = 200)
    private String team;

    @Column(name = "immediate", nullable = false)
    private boolean immediate;

    @Column(name = "after_warning")
    private Integer afterWarning;

    @Column(name = "days_from_first_action", nullable = false)
    private int daysFromFirstAction;

    @Column(name = "status", nullable = false, length = 20)
    private String status;

    @Column(name = "review_date", nullable = false)
    private LocalDate reviewDate;

    /** The level the measures now in force need (V29), which whoever reviews them needs too. */
    @Column(name = "required_level", nullable = false, length = 20)
    private String requiredLevel;

    /** The UPRN the decision's visitor instruction is held on too; null for the person only. */
    @Column(name = "property_uprn", length = 12)
    private String propertyUprn;

    /** Whether its details were since corrected (monitored as a decision later corrected) */
    @Column(name = "amended", nullable = false)
    private boolean amended;
    /** When notice of it was first withheld from the resident (V38); null if never. */
    @Column(name = "notice_withheld_on")
    private LocalDate noticeWithheldOn;

    /** When the latest withholding ended; null while notice is withheld, or if never withheld. */
    @Column(name = "notice_ended_on")
    private LocalDate noticeEndedOn;

    /** The re-check date while notice is withheld; null otherwise. */
    @Column(name = "notice_recheck_on")
    private LocalDate noticeRecheckOn;

    protected DecisionJpaEntity() {
    }

    DecisionJpaEntity(UUID caseId, Projections.DecisionFact f) {
        this.caseId = caseId;
        this.number = f.number();
        this.authorisedAt = f.authorisedAt();
        this.authorisedOn = f.authorisedOn();
        this.authorisedBy = f.authorisedBy();
        this.authorisedLevel = f.authorisedLevel();
        this.team = f.team();
        this.immediate = f.immediate();
        this.afterWarning = f.afterWarning();
        this.daysFromFirstAction = f.daysFromFirstAction();
        this.status = f.status();
        this.reviewDate = f.reviewDate();
        this.requiredLevel = f.requiredLevel();
        this.propertyUprn = f.propertyUprn();
        this.amended = f.amended();
        this.noticeWithheldOn = f.noticeWithheldOn();
        this.noticeEndedOn = f.noticeEndedOn();
        this.noticeRecheckOn = f.noticeRecheckOn();
    }
}

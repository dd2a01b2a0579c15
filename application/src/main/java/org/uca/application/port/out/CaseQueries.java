package org.uca.application.port.out;

import io.vavr.collection.Seq;
import java.time.LocalDate;
import org.uca.domain.cases.AppealId;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;

/** The questions staff ask across cases, answered without loading every case. */
public interface CaseQueries {

    /** Residents with at least one decision in force. */
    Seq<RestrictedResident> residentsWithRestrictionsInForce();

    /**
     * Undecided appeals due on or before {@code date} (overdue ones included), but not those against a decision since
     * entered in error: they await no decision ({@code Case.awaitsDecision}).
     */
    Seq<AppealDue> appealsDueBy(LocalDate date);

    /** Restrictions in force whose review date is on or before {@code date}. */
    Seq<ReviewDue> reviewsDueBy(LocalDate date);

    /**
     * Correspondence filed without a reply and not screened yet, on every case (its decision in force or not: it is
     * screened all the same), the earliest deadline first.
     */
    Seq<CorrespondenceDue> correspondenceToScreen();

    /** Cases on which the member of staff recorded, warned, decided, reviewed or informed. */
    Seq<CaseId> casesInvolving(StaffId staff);

    /** The cases with a decision in force whose visitor instruction is held on this property (a property marker). */
    Seq<CaseId> casesHoldingInstructionsOn(org.uca.domain.people.Uprn property);

    record RestrictedResident(ResidentId resident, CaseId caseId, int decisionsInForce, LocalDate nextReview) {
    }

    /** @param decidedBy who made the decision appealed against, who may not decide the appeal (policy 4.2) */
    record AppealDue(CaseId caseId, ResidentId resident, AppealId appeal, DecisionId decision, LocalDate received,
            LocalDate dueBy, AuthorityLevel reviewLevel, StaffId decidedBy) {
    }

    /** @param recheckOn when an Assistant Director or above is to re-check whether the resident can be told */
    record NoticeRecheckDue(CaseId caseId, ResidentId resident, DecisionId decision, LocalDate recheckOn) {
    }

    /** @param correspondence its number on the case */
    record CorrespondenceDue(CaseId caseId, ResidentId resident, int correspondence, LocalDate receivedOn,
            LocalDate screenBy) {
    }

    /** @param requiredAuthority the level the measures now in force need, which their reviewer needs too */
    record ReviewDue(CaseId caseId, ResidentId resident, DecisionId decision, LocalDate reviewDate,
            AuthorityLevel requiredAuthority) {
    }
}

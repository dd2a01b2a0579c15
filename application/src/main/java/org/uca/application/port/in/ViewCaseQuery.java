package org.uca.application.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.uca.application.port.out.AuditLog;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.CaseId;
import org.uca.domain.guidance.ContactGuidance;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;

/**
 * A case with its full timeline (events and audit entries), and the resident it is about.
 *
 * <p>Each answer is personal data: who asked is logged as a look ({@code AccessLog}) before it is given, and the
 * answer is withheld ({@link Failure.Unavailable}) if the line cannot be written. ({@link #caseOf} answers only
 * whether there is a case, and is not logged.)
 */
public interface ViewCaseQuery {

    Either<Failure, CaseView> viewCase(StaffId askedBy, CaseId caseId);

    /** The resident's case, if they have one. */
    Either<Failure, Option<CaseId>> caseOf(StaffId askedBy, ResidentId resident);

    /**
     * @param audit           the case's audit entries, for a role that may see the audit trail (none for others)
     * @param safeguardsShown whether the asker is shown each decision's safeguards ({@link AccessPolicy#showsSafeguards})
     */
    record CaseView(Case theCase, Resident resident, ContactGuidance guidanceNow, Seq<AuditLog.Entry> audit,
            boolean safeguardsShown) {
    }
}

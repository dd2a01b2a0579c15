package org.uca.application.port.out;

import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;
import org.uca.application.port.out.CaseQueries.AppealDue;
import org.uca.application.port.out.CaseQueries.CorrespondenceDue;
import org.uca.application.port.out.CaseQueries.ReviewDue;
import org.uca.domain.cases.CaseId;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;

/**
 * The rows the pages' read models are built from, each list in one read with the names joined in, so a page never
 * looks up a resident or a member of staff per row.
 */
public interface ReadModelSource {

    /** As {@link CaseQueries#appealsDueBy}, each with the resident's name. */
    default Seq<WithResidentName<AppealDue>> appealsDueBy(LocalDate date) {
        return appealsDueBy(date, 0, Integer.MAX_VALUE);
    }

    /**
     * A page of them: at most {@code limit}, leaving out the first {@code offset}, in the order due (then resident,
     * then appeal number, so pages neither overlap nor miss one).
     */
    Seq<WithResidentName<AppealDue>> appealsDueBy(LocalDate date, long offset, int limit);

    /** As {@link CaseQueries#reviewsDueBy}, each with the resident's name. */
    default Seq<WithResidentName<ReviewDue>> reviewsDueBy(LocalDate date) {
        return reviewsDueBy(date, 0, Integer.MAX_VALUE);
    }

    /** A page of them, as {@link #appealsDueBy(LocalDate, long, int)}: by review date, resident, decision number. */
    Seq<WithResidentName<ReviewDue>> reviewsDueBy(LocalDate date, long offset, int limit);

    /**
     * A page of {@link CaseQueries#correspondenceToScreen}, each with the resident's name: by deadline, resident,
     * case and number.
     */
    Seq<WithResidentName<CorrespondenceDue>> correspondenceToScreen(long offset, int limit);

    /**
     * A page of the decisions whose notice is withheld from the resident and whose re-check falls on or before
     * {@code date} (issue 15 §3), each with the resident's name: by re-check date, resident and decision number. A
     * withholding stands until ended, whether or not the decision is still in force; a decision entered in error
     * leaves the queue ({@code Case.noticesWithheldToRecheckBy}).
     */
    Seq<WithResidentName<CaseQueries.NoticeRecheckDue>> noticesWithheldToRecheckBy(LocalDate date, long offset,
            int limit);

    /**
     * At most {@code limit} of the cases the member of staff acted on, the one they acted on most recently first,
     * each with the resident's name and its restrictions in force.
     */
    default Seq<CaseStatus> casesInvolving(StaffId staff, int limit) {
        return casesInvolving(staff, 0, limit);
    }

    /** As {@link #casesInvolving(StaffId, int)}, leaving out the first {@code offset} (a later page of the list). */
    Seq<CaseStatus> casesInvolving(StaffId staff, long offset, int limit);

    /** The directory's name for each of the ids it knows; ids it does not know are left out. */
    Map<StaffId, String> staffNames(Set<StaffId> ids);

    /** The directory's name and UCA role for each of the ids it knows, in one read; ids it does not know are left out. */
    Map<StaffId, NameAndRole> staffNamesAndRoles(Set<StaffId> ids);

    /** @param role what they do in UCA; none for someone with no account (as {@link StaffDirectory.Entry#role()}) */
    record NameAndRole(String name, Option<Role> role) {
        public NameAndRole {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(role, "role");
        }
    }

    /** A row and its resident's name, if the resident is (still) in the directory. */
    record WithResidentName<T>(T row, Option<String> residentName) {
        public WithResidentName {
            Objects.requireNonNull(row, "row");
            Objects.requireNonNull(residentName, "residentName");
        }
    }

    /**
     * A case as a list of cases shows it.
     *
     * @param nextReview the earliest review date of the restrictions in force
     */
    record CaseStatus(CaseId caseId, ResidentId resident, Option<String> residentName, int restrictionsInForce,
            Option<LocalDate> nextReview) {
        public CaseStatus {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(resident, "resident");
            Objects.requireNonNull(residentName, "residentName");
            Objects.requireNonNull(nextReview, "nextReview");
        }
    }
}

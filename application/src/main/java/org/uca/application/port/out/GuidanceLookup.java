package org.uca.application.port.out;

import io.vavr.control.Option;
import java.util.Objects;
import org.uca.domain.cases.CaseId;
import org.uca.domain.guidance.GuidanceFacts;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;

/**
 * The contact-guidance hot path's reads, for the question a contact centre asks on every call. A store answers
 * {@link #lookUp} in one round trip where it can, outside any unit of work, from the guidance facts it keeps beside
 * each case; and it may keep the staff directory's entries between calls, so long as it notices when the directory
 * changes, in this process or another.
 */
public interface GuidanceLookup {

    /**
     * The member of staff with their role, as the directory had them when last read: possibly from a copy kept
     * since, which {@link #lookUp} then confirms or corrects ({@link StaffDirectory#find} never answers from a copy).
     */
    Option<StaffDirectory.Entry> asking(StaffId id);

    /** The resident's guidance facts, with the asking member of staff as the directory has them now. */
    Found lookUp(StaffId askedBy, ResidentId resident);

    /**
     * What the look-up found.
     *
     * @param askedBy       the member of staff asking, as the directory has them now
     * @param residentKnown whether the housing system knows the resident (a resident with a case is known)
     * @param theCase       the resident's case, if they have one (who looked is logged against it)
     * @param facts         the guidance facts of the resident's case; none when they have no case
     * @param caseVersion   the version of the case the facts are of (its number of changes); 0 when there is none
     */
    record Found(Option<StaffDirectory.Entry> askedBy, boolean residentKnown, Option<CaseId> theCase,
            Option<GuidanceFacts> facts, long caseVersion) {
        public Found {
            Objects.requireNonNull(askedBy, "askedBy");
            Objects.requireNonNull(theCase, "theCase");
            Objects.requireNonNull(facts, "facts");
        }
    }
}

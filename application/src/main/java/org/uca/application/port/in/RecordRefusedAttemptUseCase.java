package org.uca.application.port.in;

import io.vavr.control.Option;
import java.util.Objects;
import org.uca.domain.cases.CaseId;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;

/**
 * An attempt a front end refused before asking its use case — input it could not read, a change that does not say
 * which version of the case it was made from, a role not offered the task — audited as the use case audits its own
 * refusals (issue 13 §6): on the case the attempt was about, or on the resident while they have no case.
 */
public interface RecordRefusedAttemptUseCase {

    /**
     * Audits the refusal with the task's own command name.
     *
     * @param about   the case or resident the attempt's address names, as given: one that does not exist is named
     *                by nothing (the attempt is audited with no case, as a command on a case not found is)
     * @param failure how it was refused, as the use case would have answered; its message is the entry's why, so it
     *                says what was wrong without repeating the refused input
     * @return why the refusal could not be audited, if it could not (the store cannot be reached): the refusal stands
     */
    Option<Failure> refused(StaffId who, Task task, About about, Failure failure);

    /** What an attempt's address names: a case, a resident, or neither. */
    record About(Option<CaseId> caseId, Option<ResidentId> resident) {
        public About {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(resident, "resident");
        }

        public static About theCase(CaseId caseId) {
            return new About(Option.some(caseId), Option.none());
        }

        public static About theResident(ResidentId resident) {
            return new About(Option.none(), Option.some(resident));
        }

        public static About nothing() {
            return new About(Option.none(), Option.none());
        }
    }
}

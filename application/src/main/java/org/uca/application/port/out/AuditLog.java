package org.uca.application.port.out;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.uca.domain.cases.CaseId;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;

/** The append-only record of every command: who, when, what, why, and whether it was accepted or refused. */
public interface AuditLog {

    void append(Entry entry);

    Seq<Entry> forCase(CaseId caseId);

    /**
     * A page of everything about a case, newest first: the entries on the case, and the entries about its resident
     * made while they had no case (a refused recording, an export).
     */
    Page<Entry> aboutCase(CaseId caseId, ResidentId resident, int page, int size);

    /** How many entries there are in all; entries are never changed or removed. */
    long count();

    enum Outcome { ACCEPTED, REFUSED, NOT_FOUND, CONFLICT, NOT_PERMITTED }

    /**
     * @param resident the resident an entry without a case is about. An entry on a case reaches its resident through
     *                 the case and names none itself: the log is append-only, and the retention rule must be able to
     *                 untie an anonymised case from its resident (the case is rewritten, the log never is).
     */
    record Entry(Instant at, StaffId who, String command, Option<CaseId> caseId, Option<ResidentId> resident,
            Outcome outcome, String why) {
        public Entry {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(who, "who");
            Objects.requireNonNull(command, "command");
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(resident, "resident");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(why, "why");
            if (caseId.isDefined()) {
                resident = Option.none();
            }
        }

        /** An entry about no resident, or on a case. */
        public Entry(Instant at, StaffId who, String command, Option<CaseId> caseId, Outcome outcome, String why) {
            this(at, who, command, caseId, Option.none(), outcome, why);
        }
    }
}

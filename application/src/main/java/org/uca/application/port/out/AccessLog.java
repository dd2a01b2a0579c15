package org.uca.application.port.out;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.uca.domain.cases.CaseId;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;

/**
 * Who has looked at personal data, and when: every case page, letter, guidance and export shown. Append-only, as the
 * {@link AuditLog} is; written by the application's questions before their answer is shown.
 */
public interface AccessLog {

    void append(Access access);

    /**
     * A page of who looked at a case, newest first: the case itself, and its resident while they had no case (the
     * contact guidance for someone with no case, a subject access export).
     */
    Page<Access> aboutCase(CaseId caseId, ResidentId resident, int page, int size);

    /** Every look at the resident or their case, oldest first (for a subject access export). */
    Seq<Access> aboutResident(ResidentId resident, Option<CaseId> theirCase);

    /**
     * One look at personal data.
     *
     * @param what     what was shown, as staff would say it: "the case page", "the decision letter 1 (PDF)"
     * @param resident the resident, for a look that is at no case (as {@link AuditLog.Entry#resident()}: a line
     *                 about a case names only the case, so the retention rule unties it from the resident)
     */
    record Access(Instant at, StaffId who, String what, Option<CaseId> caseId, Option<ResidentId> resident) {
        public Access {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(who, "who");
            Objects.requireNonNull(what, "what");
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(resident, "resident");
            if (caseId.isDefined()) {
                resident = Option.none();
            }
            if (caseId.isEmpty() && resident.isEmpty()) {
                throw new IllegalArgumentException("an access is to a case or a resident");
            }
        }
    }
}

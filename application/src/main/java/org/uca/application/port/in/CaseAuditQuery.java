package org.uca.application.port.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import org.uca.application.port.out.AccessLog;
import org.uca.application.port.out.AuditLog;
import org.uca.application.port.out.Page;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.application.port.out.Role;
import org.uca.domain.cases.CaseId;
import org.uca.domain.people.StaffId;

/**
 * A case's audit page (the task {@link Task#SEE_AUDIT_TRAIL}): every attempt about the case — accepted, refused, not
 * permitted, conflicting, and those about its resident before the case existed — and who has looked at it, each
 * newest first and paged, with the name and role of who did it. Looking at it is itself logged as a look.
 */
public interface CaseAuditQuery {

    /**
     * @param attemptsPage which page of the attempts, from 1
     * @param looksPage    which page of the looks, from 1
     * @param size         how many of each a page holds, from 1 to {@link Page#MAX_SIZE}
     */
    Either<Failure, CaseAudit> caseAudit(StaffId askedBy, CaseId caseId, int attemptsPage, int looksPage, int size);

    record CaseAudit(CaseId caseId, Resident resident, Page<Attempt> attempts, Page<Look> looks) {
        public CaseAudit {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(resident, "resident");
            Objects.requireNonNull(attempts, "attempts");
            Objects.requireNonNull(looks, "looks");
        }
    }

    /**
     * An attempt, with who made it as the staff directory has them now.
     *
     * @param whoName their name; their id if they are not in the directory
     * @param whoRole their role in UCA now; none if they have none
     */
    record Attempt(AuditLog.Entry entry, String whoName, Option<Role> whoRole) {
        public Attempt {
            Objects.requireNonNull(entry, "entry");
            Objects.requireNonNull(whoName, "whoName");
            Objects.requireNonNull(whoRole, "whoRole");
        }
    }

    /** A look at the case or its resident, with who looked, as {@link Attempt}. */
    record Look(AccessLog.Access access, String whoName, Option<Role> whoRole) {
        public Look {
            Objects.requireNonNull(access, "access");
            Objects.requireNonNull(whoName, "whoName");
            Objects.requireNonNull(whoRole, "whoRole");
        }
    }
}

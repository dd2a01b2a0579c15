package org.uca.application.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.uca.application.port.out.AuditLog;
import org.uca.application.port.out.Letter;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.application.port.out.SubjectAccessRecords.NotificationHeld;
import org.uca.domain.cases.Case;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;

/**
 * Everything UCA holds about one resident, for a subject access request (UK GDPR Article 15). Only the Service
 * Development Team may run it ({@link AccessPolicy} says why); every export is audited.
 */
public interface ExportSubjectAccessUseCase {

    Either<Failure, SubjectAccessExport> export(StaffId askedBy, ResidentId resident);

    /**
     * @param directoryEntry    the resident as the housing system knows them, if it does
     * @param theCase           their case with its whole timeline, if they have one
     * @param auditTrail        the audit entries for the case
     * @param otherAuditEntries audit entries without a case that name the resident (for example a refused
     *                          recording about them)
     */
    record SubjectAccessExport(ResidentId resident, Instant exportedAt, Option<Resident> directoryEntry,
            Option<Case> theCase, Seq<Letter> lettersIssued, Seq<NotificationHeld> notifications,
            Seq<AuditLog.Entry> auditTrail, Seq<AuditLog.Entry> otherAuditEntries) {
        public SubjectAccessExport {
            Objects.requireNonNull(resident, "resident");
            Objects.requireNonNull(exportedAt, "exportedAt");
            Objects.requireNonNull(directoryEntry, "directoryEntry");
            Objects.requireNonNull(theCase, "theCase");
            Objects.requireNonNull(lettersIssued, "lettersIssued");
            Objects.requireNonNull(notifications, "notifications");
            Objects.requireNonNull(auditTrail, "auditTrail");
            Objects.requireNonNull(otherAuditEntries, "otherAuditEntries");
        }
    }
}

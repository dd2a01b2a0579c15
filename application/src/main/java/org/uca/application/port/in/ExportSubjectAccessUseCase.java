package org.uca.application.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.uca.application.port.out.AccessLog;
import org.uca.application.port.out.AuditLog;
import org.uca.application.port.out.Letter;
import org.uca.application.port.out.LetterOutput;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.application.port.out.Webhooks;
import org.uca.application.port.out.SubjectAccessRecords.NotificationHeld;
import org.uca.domain.cases.Case;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;

/**
 * Everything UCA holds about one resident, for a subject access request (UK GDPR Article 15): their directory entry;
 * their case with every action, warning, decision with its reviews, appeal, adjustment, need and contact in its
 * timeline; every letter and its sendings; the notifications about the case; every audit line and every access line
 * about them; every event about the case sent to the landlord's other systems; and nothing about anyone else. The
 * Data Protection Officer or an administrator may run it ({@link AccessPolicy} says why); every export is audited
 * and logged as a look at the resident's data.
 */
public interface ExportSubjectAccessUseCase {

    Either<Failure, SubjectAccessExport> export(StaffId askedBy, ResidentId resident);

    /**
     * @param directoryEntry    the resident as the housing system knows them, if it does
     * @param theCase           their case with its whole timeline, if they have one
     * @param letterSendings    how and when each letter was sent (or handed over, or e-mailed)
     * @param auditTrail        the audit entries for the case
     * @param otherAuditEntries audit entries without a case about the resident (for example a refused recording
     *                          about them before they had a case)
     * @param accessLines       who looked at the resident's data, and when, before this export
     * @param sentToOtherSystems each event about the case queued for one of the landlord's other systems (by
     *                          webhook), and how it stands: the recipients of their data
     */
    record SubjectAccessExport(ResidentId resident, Instant exportedAt, Option<Resident> directoryEntry,
            Option<Case> theCase, Seq<Letter> lettersIssued, Seq<LetterOutput.Sending> letterSendings,
            Seq<NotificationHeld> notifications, Seq<AuditLog.Entry> auditTrail, Seq<AuditLog.Entry> otherAuditEntries,
            Seq<AccessLog.Access> accessLines, Seq<Webhooks.SentAbout> sentToOtherSystems) {
        public SubjectAccessExport {
            Objects.requireNonNull(resident, "resident");
            Objects.requireNonNull(exportedAt, "exportedAt");
            Objects.requireNonNull(directoryEntry, "directoryEntry");
            Objects.requireNonNull(theCase, "theCase");
            Objects.requireNonNull(lettersIssued, "lettersIssued");
            Objects.requireNonNull(letterSendings, "letterSendings");
            Objects.requireNonNull(notifications, "notifications");
            Objects.requireNonNull(auditTrail, "auditTrail");
            Objects.requireNonNull(otherAuditEntries, "otherAuditEntries");
            Objects.requireNonNull(accessLines, "accessLines");
            Objects.requireNonNull(sentToOtherSystems, "sentToOtherSystems");
        }
    }
}

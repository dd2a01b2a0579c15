package org.uca.adapter.persistence.json;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.uca.application.port.out.AuditLog;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.domain.cases.Case;
import org.uca.domain.people.ResidentId;

/**
 * Everything held about one resident, for a subject access request (UK GDPR Article 15): the directory entry, the
 * case with its whole timeline, the letters issued, the notifications about the case, and the audit trail.
 *
 * @param auditTrail        the audit entries for the resident's case
 * @param otherAuditEntries audit entries without a case that name the resident (for example a search for them)
 */
public record SubjectAccessExport(ResidentId resident, Instant exportedAt, Option<Resident> directoryEntry,
        Option<Case> theCase, Seq<String> lettersIssued, Seq<NotificationHeld> notifications,
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

    /** A notification about the resident's case, as held in the outbox. */
    public record NotificationHeld(String audience, Seq<String> teams, String subject, String body,
            Instant createdAt, Option<Instant> sentAt) {
    }

    private record Document(String resident, Instant exportedAt, String about, Entry directoryEntry,
            java.util.List<CaseHeld> cases, java.util.List<Audit> otherAuditEntries) {
    }

    private record Entry(String id, String name, String address) {
    }

    private record CaseHeld(String caseId, java.util.List<TimelineEntry> timeline, CaseDocument record,
            java.util.List<LetterDocument> lettersIssued, java.util.List<Notification> notifications,
            java.util.List<Audit> auditTrail) {
    }

    private record TimelineEntry(Instant at, String by, String what) {
    }

    private record Notification(String audience, java.util.List<String> teams, String subject, String body,
            Instant createdAt, Instant sentAt) {
    }

    private record Audit(Instant at, String who, String command, String outcome, String why) {
    }

    /** The export as indented JSON. */
    public String toJson() {
        java.util.List<CaseHeld> cases = theCase.map(c -> new CaseHeld(c.id().toString(),
                c.history().map(e -> new TimelineEntry(e.at(), e.by().value(), e.summary())).toJavaList(),
                CaseDocuments.toDocument(c, c.resident(), s -> s),
                lettersIssued.map(StoredJson::letterDocument).toJavaList(),
                notifications.map(n -> new Notification(n.audience(), n.teams().toJavaList(), n.subject(), n.body(),
                        n.createdAt(), n.sentAt().getOrNull())).toJavaList(),
                auditTrail.map(SubjectAccessExport::audit).toJavaList())).toJavaList();
        Document document = new Document(resident.value(), exportedAt,
                "Everything the Unacceptable customer actions case system holds about this resident.",
                directoryEntry.map(r -> new Entry(r.id().value(), r.name(), r.address())).getOrNull(), cases,
                otherAuditEntries.map(SubjectAccessExport::audit).toJavaList());
        return StoredJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(document);
    }

    private static Audit audit(AuditLog.Entry e) {
        return new Audit(e.at(), e.who().value(), e.command(), e.outcome().name(), e.why());
    }
}

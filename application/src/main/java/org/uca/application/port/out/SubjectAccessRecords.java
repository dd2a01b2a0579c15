package org.uca.application.port.out;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.uca.domain.cases.CaseId;
import org.uca.domain.people.ResidentId;

/**
 * What the store holds about a resident beyond the directory entry and the case, for a subject access request
 * (UK GDPR Article 15).
 */
public interface SubjectAccessRecords {

    /**
     * The letters issued to the resident, the notifications about their case, the case's audit trail, and the audit
     * entries without a case whose text contains the resident's reference (the application keeps those that name it
     * as a whole reference).
     */
    Held heldAbout(ResidentId resident, Option<CaseId> theirCase);

    record Held(Seq<Letter> lettersIssued, Seq<NotificationHeld> notifications, Seq<AuditLog.Entry> auditTrail,
            Seq<AuditLog.Entry> entriesMentioningTheResident) {
        public Held {
            Objects.requireNonNull(lettersIssued, "lettersIssued");
            Objects.requireNonNull(notifications, "notifications");
            Objects.requireNonNull(auditTrail, "auditTrail");
            Objects.requireNonNull(entriesMentioningTheResident, "entriesMentioningTheResident");
        }
    }

    /** A notification about the resident's case as held, with when it was written and, once sent, when. */
    record NotificationHeld(Notifications.Audience audience, Seq<String> teams, String subject, String body,
            Instant createdAt, Option<Instant> sentAt) {
        public NotificationHeld {
            Objects.requireNonNull(audience, "audience");
            Objects.requireNonNull(teams, "teams");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(sentAt, "sentAt");
        }
    }
}

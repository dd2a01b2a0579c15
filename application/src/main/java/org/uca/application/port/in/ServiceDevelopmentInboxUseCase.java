package org.uca.application.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.uca.domain.cases.CaseId;
import org.uca.domain.people.StaffId;

/**
 * The Service Development Team's inbox in UCA: every notification of an authorised action or a change to one
 * (policy 5.1), whether or not its e-mail has arrived, with who in the team has read it. Opening one records that
 * its reader has seen it.
 */
public interface ServiceDevelopmentInboxUseCase {

    /** Notifications per page. */
    int PAGE_SIZE = 50;

    /** A page of the inbox, newest first; {@code page} counts from 1. */
    Either<Failure, Inbox> inbox(StaffId actingStaff, int page);

    /** One notification, read by {@code actingStaff} (recorded at their first reading). */
    Either<Failure, Item> open(StaffId actingStaff, long notificationId);

    record Inbox(Seq<Item> items, int page, long total, long unread, boolean more) {
        public Inbox {
            Objects.requireNonNull(items, "items");
        }
    }

    /**
     * @param emailedAt when the e-mail was accepted by the mail server (none: not e-mailed yet)
     * @param seenBy    who has read it in UCA, first reader first
     */
    record Item(long id, String subject, String body, CaseId caseId, Instant at, Option<Instant> emailedAt,
            Seq<Reader> seenBy) {
        public Item {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(emailedAt, "emailedAt");
            Objects.requireNonNull(seenBy, "seenBy");
        }
    }

    record Reader(StaffId staff, String name, Instant at) {
        public Reader {
            Objects.requireNonNull(staff, "staff");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(at, "at");
        }
    }
}

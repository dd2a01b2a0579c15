package org.uca.adapter.persistence;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import org.uca.application.port.out.Notifications.Audience;
import org.uca.domain.cases.CaseId;

/**
 * A notification waiting in (or sent from) the outbox, for the relay that delivers it.
 *
 * @param attempts      how many attempts to deliver it failed
 * @param lastError     why the last one failed
 * @param nextAttemptAt not to be tried again before then (none: at the relay's next run)
 */
public record OutboxNotification(long id, Audience audience, Seq<String> teams, String subject, String body,
        CaseId caseId, Instant createdAt, Option<Instant> sentAt, int attempts, Option<String> lastError,
        Option<Instant> nextAttemptAt) {
}

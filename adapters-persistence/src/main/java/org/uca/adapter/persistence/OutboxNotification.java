package org.uca.adapter.persistence;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import org.uca.application.port.out.Notifications.Audience;
import org.uca.domain.cases.CaseId;

/** A notification waiting in (or sent from) the outbox, for the relay that delivers it. */
public record OutboxNotification(long id, Audience audience, Seq<String> teams, String subject, String body,
        CaseId caseId, Instant createdAt, Option<Instant> sentAt) {
}

package org.uca.application.port.out;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.uca.domain.cases.CaseEvent;
import org.uca.domain.cases.CaseId;

/** Telling people: the Service Development Team of every authorised action (policy 5.1), and teams informed. */
public interface Notifications {

    void send(Notification notification);

    /**
     * Notifications not delivered yet that were tried at least {@code attempts} times, oldest first, at most
     * {@code limit}: what an administrator looks at when deliveries keep failing.
     */
    Seq<Undelivered> undelivered(int attempts, int limit);

    /** The notification, while it is not delivered. */
    Option<Undelivered> undelivered(long id);

    /** Notifications not delivered that were never tried: how many, and when the oldest was written. */
    NeverTried neverTried();

    /** One more attempt that did not deliver it: why, and not to be tried again before {@code nextAttempt}. */
    void notDelivered(long id, String error, Instant nextAttempt);

    /** The notification is to be tried at {@code at} (at the relay's next run, for now). */
    void retryAt(long id, Instant at);

    enum Audience { SERVICE_DEVELOPMENT_TEAM, TEAMS_INFORMED }

    record Notification(Audience audience, Seq<String> teams, String subject, String body, CaseEvent about) {
        public Notification {
            Objects.requireNonNull(audience, "audience");
            Objects.requireNonNull(teams, "teams");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(about, "about");
        }
    }

    /**
     * A notification waiting to be delivered.
     *
     * @param nextAttemptAt not to be tried before then (none: at the relay's next run)
     */
    record Undelivered(long id, String subject, CaseId caseId, Instant createdAt, int attempts,
            Option<String> lastError, Option<Instant> nextAttemptAt) {
        public Undelivered {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(lastError, "lastError");
            Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        }
    }

    /** @param oldest when the oldest of them was written (none when there are none) */
    record NeverTried(long count, Option<Instant> oldest) {
        public NeverTried {
            Objects.requireNonNull(oldest, "oldest");
        }
    }
}

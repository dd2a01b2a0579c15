package org.uca.application.port.out;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.uca.domain.cases.CaseEvent;
import org.uca.domain.cases.CaseId;
import org.uca.domain.people.StaffId;

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

    /** Where notifications are e-mailed, as administrators have set it. */
    Addresses addresses();

    /** The Service Development Team's address: set, or (none) removed. */
    void setServiceDevelopmentTeamAddress(Option<String> address, StaffId by, Instant at);

    /**
     * A team's address: set, or (none) removed. Teams are told apart ignoring case and the spaces around the name,
     * as managers type them in "teams informed".
     */
    void setTeamAddress(String team, Option<String> address, StaffId by, Instant at);

    /** The notifications to the Service Development Team, newest first. */
    Seq<InboxEntry> inbox(int offset, int limit);

    /** How many notifications to the Service Development Team there are, and how many nobody has read yet. */
    InboxCount inboxCount();

    /** A notification to the Service Development Team. */
    Option<InboxEntry> inboxEntry(long id);

    /** {@code by} read it; kept once, at the first reading. */
    void seen(long id, StaffId by, Instant at);

    enum Audience { SERVICE_DEVELOPMENT_TEAM, TEAMS_INFORMED }

    /** An address set by an administrator: for the Service Development Team, or for one team (named as set). */
    record Address(String recipient, String address, StaffId setBy, Instant setAt) {
        public Address {
            Objects.requireNonNull(recipient, "recipient");
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(setBy, "setBy");
            Objects.requireNonNull(setAt, "setAt");
        }
    }

    /** @param teams by team name */
    record Addresses(Option<Address> serviceDevelopmentTeam, Seq<Address> teams) {
        public Addresses {
            Objects.requireNonNull(serviceDevelopmentTeam, "serviceDevelopmentTeam");
            Objects.requireNonNull(teams, "teams");
        }

        /** The address set for this team, matched as {@link #setTeamAddress} matches. */
        public Option<Address> forTeam(String team) {
            String key = teamKey(team);
            return teams.find(a -> teamKey(a.recipient()).equals(key));
        }

        public static String teamKey(String team) {
            return team.strip().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * A notification in the Service Development Team's inbox.
     *
     * @param deliveredAt when the SMTP server accepted its e-mail (none: not e-mailed yet)
     * @param seenBy      who read it in UCA, first reader first
     */
    record InboxEntry(long id, String subject, String body, CaseId caseId, Instant createdAt,
            Option<Instant> deliveredAt, Seq<Seen> seenBy) {
        public InboxEntry {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(deliveredAt, "deliveredAt");
            Objects.requireNonNull(seenBy, "seenBy");
        }
    }

    record Seen(StaffId by, Instant at) {
        public Seen {
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }

    record InboxCount(long all, long unread) {
    }

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

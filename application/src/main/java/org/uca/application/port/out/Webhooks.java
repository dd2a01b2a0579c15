package org.uca.application.port.out;

import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.cases.DecisionStatus;
import org.uca.domain.measures.MeasureKind;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;

/**
 * Events for the landlord's other systems (webhooks): each event is queued, in the unit of work of the change it
 * tells of, once for every enabled receiving system registered for its type, so a change rolled back sends nothing.
 * A relay delivers the queue afterwards, signed with each system's secret.
 */
public interface Webhooks {

    /** Whether plain http to this machine (loopback) may be registered: for tests and development only. */
    boolean loopbackHttpAllowed();

    /** Whether any enabled subscription takes events of this type (if none, there is nothing to make or queue). */
    boolean takes(EventType type);

    /** Queues the event for every enabled subscription that takes its type. */
    void publish(Event event);

    /** Registers a receiving system, with a signing secret the store makes (shown to the administrator once). */
    Subscription register(String name, String url, Seq<EventType> types, StaffId by, Instant at);

    Seq<Subscription> subscriptions();

    Option<Subscription> subscription(long id);

    /** Stops (or starts again) sending to the system: nothing new is queued, and what is queued already waits. */
    void enable(long id, boolean enabled, StaffId by, Instant at);

    /** Gives the system a new signing secret, returned to be shown once; deliveries from now on are signed with it. */
    Subscription rotateSecret(long id, StaffId by, Instant at);

    /** The system's deliveries, newest first, each with its attempts. */
    Seq<Delivery> deliveries(long subscription, int limit);

    Option<Delivery> delivery(long id);

    /** Queues the delivery's event again, as it was (the same webhook-id and body), to the same system. */
    Delivery redeliver(long delivery, Instant at);

    /**
     * Every event queued about the case, for each system, oldest first: the recipients a subject access export
     * names (UK GDPR Article 15(1)(c)). Kept until the case's retention ends, when they go with it.
     */
    Seq<SentAbout> sentAbout(CaseId caseId);

    /** One event about a case queued for one system, and how its delivery stands. */
    record SentAbout(String system, EventType type, String eventId, Instant queuedAt, DeliveryStatus status) {
        public SentAbout {
            Objects.requireNonNull(system, "system");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(queuedAt, "queuedAt");
            Objects.requireNonNull(status, "status");
        }
    }

    /** What an event tells a receiving system of, as a CloudEvents {@code type}. */
    enum EventType {
        RESTRICTION_AUTHORISED("uk.org.uca.restriction.authorised.v1", "Restriction authorised"),
        RESTRICTION_VARIED("uk.org.uca.restriction.varied.v1", "Restriction varied"),
        RESTRICTION_REVIEWED("uk.org.uca.restriction.reviewed.v1", "Restriction reviewed"),
        RESTRICTION_LIFTED("uk.org.uca.restriction.lifted.v1", "Restriction lifted"),
        RESTRICTION_ENTERED_IN_ERROR("uk.org.uca.restriction.entered-in-error.v1", "Restriction entered in error"),
        APPEAL_DECIDED("uk.org.uca.appeal.decided.v1", "Appeal decided");

        private final String type;
        private final String label;

        EventType(String type, String label) {
            this.type = type;
            this.label = label;
        }

        /** The CloudEvents type, reverse-DNS and versioned. */
        public String type() {
            return type;
        }

        public String label() {
            return label;
        }

        public static Option<EventType> ofType(String type) {
            return io.vavr.collection.List.of(values()).find(t -> t.type.equals(type));
        }
    }

    /**
     * An event about one decision (a restriction). Only references, kinds, dates and numbers: never reasons, notes,
     * incident text, vulnerability or safeguards.
     *
     * @param uprn        the UPRN of the resident's home now, from the resident directory, if it has one
     * @param heldOn      the UPRN the decision's visitor instruction is held on, if it was authorised for the
     *                    property: it stays there when the resident moves, so it may differ from {@code uprn}
     * @param measures    the kinds of measure in force after the change (as authorised for one no longer in force)
     * @param reviewDate  when the restriction is next to be reviewed, while it is in force
     * @param details     what this type adds, by JSON name: strings, numbers, booleans and dates only
     */
    record Event(EventType type, CaseId caseId, ResidentId resident, Option<String> uprn, Option<String> heldOn,
            DecisionId decision,
            DecisionStatus status, Seq<MeasureKind> measures, Option<LocalDate> reviewDate, Instant occurredAt,
            LinkedHashMap<String, Object> details) {
        public Event {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(resident, "resident");
            Objects.requireNonNull(uprn, "uprn");
            Objects.requireNonNull(heldOn, "heldOn");
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(measures, "measures");
            Objects.requireNonNull(reviewDate, "reviewDate");
            Objects.requireNonNull(occurredAt, "occurredAt");
            Objects.requireNonNull(details, "details");
        }
    }

    /**
     * A receiving system.
     *
     * @param secret the signing secret, {@code whsec_} and base64 of its random bytes
     */
    record Subscription(long id, String name, String url, Seq<EventType> types, boolean enabled, String secret,
            StaffId changedBy, Instant changedAt) {
        public Subscription {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(types, "types");
            Objects.requireNonNull(secret, "secret");
            Objects.requireNonNull(changedBy, "changedBy");
            Objects.requireNonNull(changedAt, "changedAt");
        }

        private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

        /** A new signing secret as the Standard Webhooks specification writes one: 32 random bytes. */
        public static String newSecret() {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            return "whsec_" + java.util.Base64.getEncoder().encodeToString(bytes);
        }

        @Override
        public String toString() { // never the secret, in a log or an assertion message
            return "Subscription[" + id + ", " + name + ", " + url + ", " + types + ", enabled=" + enabled + "]";
        }
    }

    enum DeliveryStatus { PENDING, DELIVERED, FAILED }

    /**
     * One event queued for one system.
     *
     * @param eventId the CloudEvents id and webhook-id: the same on every attempt and redelivery
     * @param body    the CloudEvents JSON exactly as sent
     */
    record Delivery(long id, long subscription, String eventId, EventType type, CaseId caseId, String body,
            Instant queuedAt, DeliveryStatus status, Option<Instant> nextAttemptAt, Seq<Attempt> attempts) {
        public Delivery {
            Objects.requireNonNull(eventId, "eventId");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(body, "body");
            Objects.requireNonNull(queuedAt, "queuedAt");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
            Objects.requireNonNull(attempts, "attempts");
        }
    }

    /**
     * One attempt at a delivery.
     *
     * @param statusCode the receiver's HTTP status, if it answered
     * @param error      why it did not count as delivered, if it did not
     */
    record Attempt(Instant at, Option<Integer> statusCode, Option<String> error) {
        public Attempt {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(statusCode, "statusCode");
            Objects.requireNonNull(error, "error");
        }
    }
}

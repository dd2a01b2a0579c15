package org.uca.application.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.Objects;
import org.uca.application.port.out.Webhooks.Delivery;
import org.uca.application.port.out.Webhooks.EventType;
import org.uca.domain.people.StaffId;

/**
 * For administrators: the landlord's systems UCA sends events to by webhook (restriction authorised, varied,
 * reviewed, lifted, entered in error, appeal decided), each with an https address, the event types it takes and a
 * signing secret UCA makes and shows once. Every change is audited, never with the secret.
 */
public interface WebhooksUseCase {

    int MAX_NAME = 200;
    int MAX_URL = 2000;

    Either<Failure, Seq<ReceivingSystem>> receivingSystems(StaffId actingStaff);

    /** Registers a system; its URL must be https (plain http to this machine only where the server allows it). */
    Either<Failure, Registered> register(StaffId actingStaff, String name, String url, Seq<String> types);

    Either<Failure, ReceivingSystem> enable(StaffId actingStaff, long system, boolean enabled);

    /** A new signing secret, shown once; the old one signs nothing from now on. */
    Either<Failure, Registered> rotateSecret(StaffId actingStaff, long system);

    /** The system's deliveries, newest first, with every attempt. */
    Either<Failure, Seq<Delivery>> deliveries(StaffId actingStaff, long system);

    /** Queues a delivery's event again, as it was: the same webhook-id and body. */
    Either<Failure, Delivery> redeliver(StaffId actingStaff, long system, long delivery);

    /** A receiving system as administrators see it: without its secret. */
    record ReceivingSystem(long id, String name, String url, Seq<EventType> types, boolean enabled,
            StaffId changedBy, Instant changedAt) {
        public ReceivingSystem {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(types, "types");
            Objects.requireNonNull(changedBy, "changedBy");
            Objects.requireNonNull(changedAt, "changedAt");
        }
    }

    /** A system with the signing secret just made for it, to be shown this once. */
    record Registered(ReceivingSystem system, String secret) {
        public Registered {
            Objects.requireNonNull(system, "system");
            Objects.requireNonNull(secret, "secret");
        }

        @Override
        public String toString() {
            return "Registered[" + system + "]";
        }
    }
}

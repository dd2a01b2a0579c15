package org.uca.application.inmemory;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.uca.application.port.out.Webhooks;
import org.uca.domain.people.StaffId;

/**
 * Receiving systems and their queue kept in memory. Nothing here sends: a delivery's body is the event's own
 * description, not the CloudEvents JSON the database's outbox writes.
 */
public final class InMemoryWebhooks implements Webhooks {

    private final InMemoryUnitOfWork unitOfWork;
    private final CopyOnWriteArrayList<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private final CopyOnWriteArrayList<Delivery> deliveries = new CopyOnWriteArrayList<>();
    /** Every event published in a unit of work that was kept, in order. */
    private final CopyOnWriteArrayList<Event> published = new CopyOnWriteArrayList<>();
    private final AtomicLong lastId = new AtomicLong();

    /** Whether plain http to this machine may be registered: never, unless a test allows it. */
    public volatile boolean loopbackHttpAllowed;

    public InMemoryWebhooks(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    /** The events published by changes that were kept, oldest first. */
    public Seq<Event> published() {
        return List.ofAll(published);
    }

    @Override
    public boolean loopbackHttpAllowed() {
        return loopbackHttpAllowed;
    }

    @Override
    public boolean takes(EventType type) {
        return subscriptions.stream().anyMatch(s -> s.enabled() && s.types().contains(type));
    }

    @Override
    public void publish(Event event) {
        unitOfWork.write(InMemoryUnitOfWork.Write.unconditional(() -> {
            published.add(event);
            String eventId = UUID.randomUUID().toString();
            subscriptions.stream().filter(s -> s.enabled() && s.types().contains(event.type()))
                    .forEach(s -> deliveries.add(new Delivery(lastId.incrementAndGet(), s.id(), eventId, event.type(),
                            event.caseId(), event.toString(), event.occurredAt(), DeliveryStatus.PENDING,
                            Option.none(), List.empty())));
        }));
    }

    @Override
    public Subscription register(String name, String url, Seq<EventType> types, StaffId by, Instant at) {
        Subscription made = new Subscription(lastId.incrementAndGet(), name, url, types, true,
                Subscription.newSecret(), by, at);
        unitOfWork.write(InMemoryUnitOfWork.Write.unconditional(() -> subscriptions.add(made)));
        return made;
    }

    @Override
    public Seq<Subscription> subscriptions() {
        return List.ofAll(subscriptions);
    }

    @Override
    public Option<Subscription> subscription(long id) {
        return List.ofAll(subscriptions).find(s -> s.id() == id);
    }

    @Override
    public void enable(long id, boolean enabled, StaffId by, Instant at) {
        change(id, s -> new Subscription(s.id(), s.name(), s.url(), s.types(), enabled, s.secret(), by, at));
    }

    @Override
    public Subscription rotateSecret(long id, StaffId by, Instant at) {
        Subscription s = subscription(id).getOrElseThrow(() -> new IllegalArgumentException("no subscription " + id));
        Subscription rotated = new Subscription(s.id(), s.name(), s.url(), s.types(), s.enabled(),
                Subscription.newSecret(), by, at);
        change(id, old -> rotated);
        return rotated;
    }

    @Override
    public Seq<Delivery> deliveries(long subscription, int limit) {
        return List.ofAll(deliveries).filter(d -> d.subscription() == subscription).reverse().take(limit);
    }

    @Override
    public Option<Delivery> delivery(long id) {
        return List.ofAll(deliveries).find(d -> d.id() == id);
    }

    @Override
    public Delivery redeliver(long delivery, Instant at) {
        Delivery d = delivery(delivery).getOrElseThrow(() -> new IllegalArgumentException("no delivery " + delivery));
        Delivery again = new Delivery(lastId.incrementAndGet(), d.subscription(), d.eventId(), d.type(), d.caseId(),
                d.body(), at, DeliveryStatus.PENDING, Option.none(), List.empty());
        unitOfWork.write(InMemoryUnitOfWork.Write.unconditional(() -> deliveries.add(again)));
        return again;
    }

    @Override
    public Seq<SentAbout> sentAbout(org.uca.domain.cases.CaseId caseId) {
        return List.ofAll(deliveries).filter(d -> d.caseId().equals(caseId)).flatMap(d -> subscription(
                d.subscription()).map(s -> new SentAbout(s.name(), d.type(), d.eventId(), d.queuedAt(), d.status())));
    }

    private void change(long id, java.util.function.UnaryOperator<Subscription> change) {
        unitOfWork.write(InMemoryUnitOfWork.Write.unconditional(() -> subscriptions.replaceAll(
                s -> s.id() == id ? change.apply(s) : s)));
    }
}

package org.uca.application.inmemory;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.uca.application.port.out.Notifications;
import org.uca.domain.cases.CaseId;
import org.uca.domain.people.StaffId;

/**
 * Notifications kept in memory, as an outbox a front end or test can read: numbered from 1 as they are written,
 * each with its delivery (nothing here e-mails them; a test records failed attempts as the relay would).
 */
public final class InMemoryNotifications implements Notifications {

    /** A notification written, and how its delivery stands. */
    private record Kept(long id, Notification notification, boolean delivered, int attempts, Option<String> lastError,
            Option<Instant> nextAttemptAt) {

        Undelivered undelivered() {
            return new Undelivered(id, notification.subject(), notification.about().caseId(), notification.about().at(),
                    attempts, lastError, nextAttemptAt);
        }
    }

    private final CopyOnWriteArrayList<Kept> kept = new CopyOnWriteArrayList<>();
    private final AtomicLong lastId = new AtomicLong();
    private final InMemoryUnitOfWork unitOfWork;
    /** By recipient key: "" for the Service Development Team, else the team's key. */
    private final Map<String, Address> addresses = new ConcurrentHashMap<>();
    private final CopyOnWriteArrayList<Map.Entry<Long, Seen>> seen = new CopyOnWriteArrayList<>();

    public InMemoryNotifications(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void send(Notification notification) {
        unitOfWork.write(InMemoryUnitOfWork.Write.unconditional(() -> kept.add(new Kept(lastId.incrementAndGet(),
                notification, false, 0, Option.none(), Option.none()))));
    }

    @Override
    public Seq<Undelivered> undelivered(int attempts, int limit) {
        return List.ofAll(kept).filter(k -> !k.delivered() && k.attempts() >= attempts).take(Math.max(0, limit))
                .map(Kept::undelivered);
    }

    @Override
    public Option<Undelivered> undelivered(long id) {
        return find(id).filter(k -> !k.delivered()).map(Kept::undelivered);
    }

    @Override
    public NeverTried neverTried() {
        Seq<Kept> never = List.ofAll(kept).filter(k -> !k.delivered() && k.attempts() == 0);
        return new NeverTried(never.size(), never.headOption().map(k -> k.notification().about().at()));
    }

    @Override
    public void notDelivered(long id, String error, Instant nextAttempt) {
        update(id, k -> new Kept(k.id(), k.notification(), false, k.attempts() + 1, Option.some(error),
                Option.some(nextAttempt)));
    }

    @Override
    public void retryAt(long id, Instant at) {
        update(id, k -> new Kept(k.id(), k.notification(), k.delivered(), k.attempts(), k.lastError(),
                Option.some(at)));
    }

    /** Records that the notification was delivered, as the relay does. */
    public void delivered(long id) {
        update(id, k -> new Kept(k.id(), k.notification(), true, k.attempts(), k.lastError(), Option.none()));
    }

    public Seq<Notification> sent() {
        return List.ofAll(kept).map(Kept::notification);
    }

    public Seq<Notification> sentTo(Audience audience) {
        return sent().filter(n -> n.audience() == audience);
    }

    /** Deletes everything about these cases (the retention rule), as part of the current unit of work. */
    void deleteAbout(Set<CaseId> cases) {
        unitOfWork.write(InMemoryUnitOfWork.Write.unconditional(() -> {
            Set<Long> gone = List.ofAll(kept).filter(k -> cases.contains(k.notification().about().caseId()))
                    .map(Kept::id).toJavaSet();
            seen.removeIf(e -> gone.contains(e.getKey()));
            kept.removeIf(k -> gone.contains(k.id()));
        }));
    }

    @Override
    public Addresses addresses() {
        return new Addresses(Option.of(addresses.get("")), List.ofAll(addresses.entrySet())
                .filter(e -> !e.getKey().isEmpty()).map(Map.Entry::getValue).sortBy(Address::recipient));
    }

    @Override
    public void setServiceDevelopmentTeamAddress(Option<String> address, StaffId by, Instant at) {
        setAddress("", "Service Development Team", address, by, at);
    }

    @Override
    public void setTeamAddress(String team, Option<String> address, StaffId by, Instant at) {
        setAddress(Addresses.teamKey(team), team.strip(), address, by, at);
    }

    private void setAddress(String key, String recipient, Option<String> address, StaffId by, Instant at) {
        unitOfWork.write(InMemoryUnitOfWork.Write.unconditional(() -> {
            if (address.isEmpty()) {
                addresses.remove(key);
            } else {
                addresses.put(key, new Address(recipient, address.get(), by, at));
            }
        }));
    }

    @Override
    public Seq<InboxEntry> inbox(int offset, int limit) {
        return inboxEntries().drop(Math.max(0, offset)).take(Math.max(0, limit));
    }

    @Override
    public InboxCount inboxCount() {
        Seq<InboxEntry> all = inboxEntries();
        return new InboxCount(all.size(), all.count(e -> e.seenBy().isEmpty()));
    }

    @Override
    public Option<InboxEntry> inboxEntry(long id) {
        return inboxEntries().find(e -> e.id() == id);
    }

    @Override
    public void seen(long id, StaffId by, Instant at) {
        unitOfWork.write(InMemoryUnitOfWork.Write.unconditional(() -> {
            if (List.ofAll(seen).find(e -> e.getKey() == id && e.getValue().by().equals(by)).isEmpty()) {
                seen.add(Map.entry(id, new Seen(by, at)));
            }
        }));
    }

    private Seq<InboxEntry> inboxEntries() {
        return List.ofAll(kept).filter(k -> k.notification().audience() == Audience.SERVICE_DEVELOPMENT_TEAM)
                .reverse().map(k -> new InboxEntry(k.id(), k.notification().subject(), k.notification().body(),
                        k.notification().about().caseId(), k.notification().about().at(),
                        k.delivered() ? Option.some(k.notification().about().at()) : Option.none(),
                        List.ofAll(seen).filter(e -> e.getKey() == k.id()).map(Map.Entry::getValue)));
    }

    private Option<Kept> find(long id) {
        return List.ofAll(kept).find(k -> k.id() == id);
    }

    private void update(long id, java.util.function.UnaryOperator<Kept> change) {
        if (find(id).isEmpty()) {
            throw new IllegalArgumentException("There is no notification " + id + " in the outbox.");
        }
        unitOfWork.write(InMemoryUnitOfWork.Write.unconditional(() -> kept.replaceAll(k -> k.id() == id
                ? change.apply(k) : k)));
    }
}

package org.uca.adapter.web.security;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.uca.adapter.web.port.SessionStore;
import org.uca.domain.people.StaffId;

/** Sessions in this process only (the in-memory store and tests): lost on restart, not shared. */
public final class InMemorySessionStore implements SessionStore {

    private final Map<String, Stored> byHash = new ConcurrentHashMap<>();
    private final Predicate<StaffId> disabled;

    /** @param disabled whether a member of staff's account is disabled (their sessions then stop working) */
    public InMemorySessionStore(Predicate<StaffId> disabled) {
        this.disabled = disabled;
    }

    public InMemorySessionStore() {
        this(staff -> false);
    }

    /** How many sessions are stored (for tests). */
    public int size() {
        return byHash.size();
    }

    @Override
    public void save(Stored session) {
        byHash.put(session.idHash(), session);
    }

    @Override
    public Option<Stored> find(String idHash, Instant idleSince, Instant startedSince) {
        return Option.of(byHash.get(idHash)).filter(s -> live(s, idleSince, startedSince))
                .filter(s -> !disabled.test(s.staff()));
    }

    @Override
    public void touch(String idHash, Instant at) {
        byHash.computeIfPresent(idHash, (h, s) -> new Stored(h, s.username(), s.staff(), s.name(), s.role(),
                s.startedAt(), at, s.flash()));
    }

    @Override
    public void flash(String idHash, String message) {
        byHash.computeIfPresent(idHash, (h, s) -> new Stored(h, s.username(), s.staff(), s.name(), s.role(),
                s.startedAt(), s.lastUsedAt(), message));
    }

    @Override
    public void end(String idHash) {
        byHash.remove(idHash);
    }

    @Override
    public int endOthers(StaffId staff, String keepIdHash) {
        int before = byHash.size();
        byHash.values().removeIf(s -> s.staff().equals(staff) && !s.idHash().equals(keepIdHash));
        return before - byHash.size();
    }

    @Override
    public int sweep(Instant idleSince, Instant startedSince) {
        int before = byHash.size();
        byHash.values().removeIf(s -> !live(s, idleSince, startedSince));
        return before - byHash.size();
    }

    private static boolean live(Stored s, Instant idleSince, Instant startedSince) {
        return s.lastUsedAt().isAfter(idleSince) && s.startedAt().isAfter(startedSince);
    }
}

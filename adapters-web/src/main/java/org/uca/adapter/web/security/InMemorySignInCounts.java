package org.uca.adapter.web.security;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.uca.adapter.web.port.Accounts;
import org.uca.adapter.web.port.SignInCounts;

/** The sign-in limiter's counts in this process only (the in-memory store and tests): one lock decides each attempt. */
public final class InMemorySignInCounts implements SignInCounts {

    private final Accounts accounts;
    private final Map<String, Count> counts = new HashMap<>();
    private final Set<String> known = new HashSet<>();

    /** @param accounts which usernames have an account (only those have an account's count) */
    public InMemorySignInCounts(Accounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public synchronized Attempt attempt(String username, String address, Instant now, Instant forgetBefore,
            Predicate<Seen> mayEvaluate) {
        String pair = pair(username, address);
        boolean hasAccount = !username.isEmpty() && accounts.find(username).isDefined();
        Seen seen = new Seen(count(pair), hasAccount ? Option.some(count(account(username))) : Option.none(),
                count("address:" + address), known.contains(pair));
        if (!mayEvaluate.test(seen)) {
            return new Attempt(false, seen);
        }
        raise(pair, now, forgetBefore);
        if (hasAccount) {
            raise(account(username), now, forgetBefore);
        }
        raise("address:" + address, now, forgetBefore);
        return new Attempt(true, seen);
    }

    @Override
    public synchronized void succeeded(String username, String address, Instant now, Instant forgetBefore) {
        String pair = pair(username, address);
        counts.computeIfPresent(pair, (k, c) -> new Count(0, c.lastFailure()));
        counts.computeIfPresent(account(username), (k, c) -> new Count(0, c.lastFailure()));
        known.add(pair);
        counts.values().removeIf(c -> c.lastFailure() != null && c.lastFailure().isBefore(forgetBefore));
    }

    @Override
    public synchronized Count machineFailures(String address) {
        return count("machine:" + address);
    }

    @Override
    public synchronized void machineFailed(String address, Instant now, Instant forgetBefore) {
        raise("machine:" + address, now, forgetBefore);
    }

    @Override
    public synchronized void machineSucceeded(String address) {
        counts.computeIfPresent("machine:" + address, (k, c) -> new Count(0, c.lastFailure()));
    }

    /** What an administrator's "unlock" does to the account's count (the account's row, in the database). */
    public synchronized void unlock(String username) {
        counts.computeIfPresent(account(username), (k, c) -> new Count(0, c.lastFailure()));
    }

    private Count count(String key) {
        return counts.getOrDefault(key, Count.NONE);
    }

    private void raise(String key, Instant now, Instant forgetBefore) {
        counts.compute(key, (k, c) -> c == null || c.lastFailure() == null || c.lastFailure().isBefore(forgetBefore)
                ? new Count(1, now) : new Count(c.failures() + 1, now));
    }

    private static String pair(String username, String address) {
        return "pair:" + address + " " + username.toLowerCase(Locale.ROOT);
    }

    private static String account(String username) {
        return "account:" + username.toLowerCase(Locale.ROOT);
    }
}

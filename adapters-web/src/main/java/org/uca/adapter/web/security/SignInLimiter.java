package org.uca.adapter.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.uca.adapter.web.port.SignInCounts;
import org.uca.adapter.web.port.SignInCounts.Count;

/**
 * Growing delays rather than a lock-out (NCSC; OWASP ASVS 2.2.1): after the allowed failures each further attempt
 * must wait 2, 4, 8, … seconds after the last failure, at most {@code longestWait}, counted three ways —
 * <ul>
 * <li>per account and address: {@code allowed} failures, then the delays (a guesser at one address);</li>
 * <li>per account: 4 × {@code allowed} from anywhere (guessers at many addresses), except from an address the
 * account has signed in from before, so a stranger's guesses do not keep the owner out;</li>
 * <li>per address: 10 × {@code allowed} for all usernames together (one address trying many accounts), except
 * for an account that has signed in from that address before: behind an office's one address (a proxy, a NAT)
 * someone trying many usernames must not keep every colleague out.</li>
 * </ul>
 * An attempt is counted as a failure before its password is checked and the counts are decided atomically in the
 * store, so attempts made at once cannot all slip through. An administrator's "unlock" sets the account's count to
 * 0, which also clears its account-and-address counts (they count no further than the account's). Counts quiet for a
 * day start again.
 */
public final class SignInLimiter {

    static final Duration FORGET_AFTER = Duration.ofDays(1);
    private static final int ACCOUNT_FACTOR = 4;
    private static final int ADDRESS_FACTOR = 10;

    private final SignInCounts counts;
    private final int allowed;
    private final Duration longestWait;
    private final Clock clock;

    /**
     * Whether an attempt may be evaluated now, and if not, how long to wait.
     *
     * @param account whether an account has the username (as the counts were read)
     */
    public record Turn(Duration delay, boolean account) {
        public boolean evaluate() {
            return delay.isZero();
        }

        /** The wait in whole seconds, rounded up ({@code Retry-After}). */
        public long seconds() {
            return Math.max(1, (delay.toMillis() + 999) / 1000);
        }
    }

    public SignInLimiter(SignInCounts counts, int allowed, Duration longestWait, Clock clock) {
        this.counts = counts;
        this.allowed = allowed;
        this.longestWait = longestWait;
        this.clock = clock;
    }

    /** Decides an attempt; one that may be evaluated is counted as a failure until {@link #succeeded} says not. */
    public Turn attempt(String username, String address) {
        Instant now = clock.instant();
        Instant forgetBefore = now.minus(FORGET_AFTER);
        SignInCounts.Attempt attempt = counts.attempt(username, address, now, forgetBefore,
                seen -> waitFor(seen, now, forgetBefore).isZero());
        boolean account = attempt.seen() != null && attempt.seen().account().isDefined();
        if (attempt.evaluate()) {
            return new Turn(Duration.ZERO, account);
        }
        Duration wait = attempt.seen() == null ? Duration.ZERO : waitFor(attempt.seen(), now, forgetBefore);
        return new Turn(wait.isZero() ? Duration.ofSeconds(1) : wait, account); // zero: turned away while others raced
    }

    public void succeeded(String username, String address) {
        Instant now = clock.instant();
        counts.succeeded(username, address, now, now.minus(FORGET_AFTER));
    }

    Duration waitFor(SignInCounts.Seen seen, Instant now, Instant forgetBefore) {
        Count pair = fresh(seen.pair(), forgetBefore);
        if (seen.account().isDefined()) { // unlocked: the account's count is lower than the pair's
            pair = new Count(Math.min(pair.failures(), fresh(seen.account().get(), forgetBefore).failures()),
                    pair.lastFailure());
        }
        Duration wait = waitAfter(pair, allowed, now);
        if (seen.knownAddress()) {
            return wait; // this account's own address: only its own guesses from here count
        }
        if (seen.account().isDefined()) {
            wait = longer(wait, waitAfter(fresh(seen.account().get(), forgetBefore), allowed * ACCOUNT_FACTOR, now));
        }
        return longer(wait, waitAfter(fresh(seen.address(), forgetBefore), allowed * ADDRESS_FACTOR, now));
    }

    /** 2^(failures − free + 1) seconds after the last failure once {@code free} failures are used, at most the longest. */
    private Duration waitAfter(Count count, int free, Instant now) {
        return waitAfter(count, free, longestWait, now);
    }

    /** The same growing delay, for another count ({@link MachineCredentialLimiter}). */
    static Duration waitAfter(Count count, int free, Duration longestWait, Instant now) {
        if (count.failures() < free || count.lastFailure() == null) {
            return Duration.ZERO;
        }
        int doublings = Math.min(count.failures() - free + 1, 30);
        Duration delay = Duration.ofSeconds(1L << doublings);
        Instant until = count.lastFailure().plus(delay.compareTo(longestWait) > 0 ? longestWait : delay);
        return until.isAfter(now) ? Duration.between(now, until) : Duration.ZERO;
    }

    static Count fresh(Count count, Instant forgetBefore) {
        return count.lastFailure() != null && count.lastFailure().isBefore(forgetBefore) ? Count.NONE : count;
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}

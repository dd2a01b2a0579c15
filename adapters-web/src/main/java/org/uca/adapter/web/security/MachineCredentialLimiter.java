package org.uca.adapter.web.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.uca.adapter.web.port.SignInCounts;
import org.uca.adapter.web.port.SignInCounts.Count;

/**
 * Failed machine credentials (a wrong or revoked {@code uca_mc_…} on the sync routes) are counted per client address,
 * apart from sign-in's counts, and held back by sign-in's growing delays (OWASP ASVS 2.2.1): after {@code allowed}
 * failures each further attempt from that address waits 2, 4, 8, … seconds after the last failure, at most
 * {@code longestWait}; a right credential sets the count back to 0, and a count quiet for a day starts again.
 *
 * <p>During the wait every credential from the address is turned away unchecked, a right one too: a credential is
 * its secret, so checking one would be the very guess the wait holds back (the sign-in limiter likewise never
 * evaluates a password during a wait). The sync job is told how long to wait ({@code Retry-After}). Unlike sign-in,
 * a credential is checked before it is counted, and only a wrong one is counted: so a nightly sync's many requests
 * at once never hold each other up and cost one read each. Guesses made at once while the count is under the limit
 * may each be checked before the first is counted; with 256 random bits per secret that gains a guesser nothing.
 */
public final class MachineCredentialLimiter {

    private final SignInCounts counts;
    private final int allowed;
    private final Duration longestWait;
    private final Clock clock;

    /** Whether a credential from the address may be checked now, and if not how long to wait. */
    public record Turn(String address, Duration delay, boolean hadFailures) {
        public boolean check() {
            return delay.isZero();
        }

        /** The wait in whole seconds, rounded up ({@code Retry-After}). */
        public long seconds() {
            return Math.max(1, (delay.toMillis() + 999) / 1000);
        }
    }

    public MachineCredentialLimiter(SignInCounts counts, int allowed, Duration longestWait, Clock clock) {
        this.counts = counts;
        this.allowed = allowed;
        this.longestWait = longestWait;
        this.clock = clock;
    }

    public Turn turn(String address) {
        Instant now = clock.instant();
        Count count = SignInLimiter.fresh(counts.machineFailures(address), now.minus(SignInLimiter.FORGET_AFTER));
        return new Turn(address, SignInLimiter.waitAfter(count, allowed, longestWait, now), count.failures() > 0);
    }

    public void failed(Turn turn) {
        Instant now = clock.instant();
        counts.machineFailed(turn.address(), now, now.minus(SignInLimiter.FORGET_AFTER));
    }

    public void succeeded(Turn turn) {
        if (turn.hadFailures()) { // the usual case writes nothing
            counts.machineSucceeded(turn.address());
        }
    }
}

package org.uca.adapter.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.adapter.web.port.Accounts;
import org.uca.application.port.out.Role;
import org.uca.domain.people.StaffId;

/**
 * Growing delays instead of a lock-out (NCSC password guidance; OWASP ASVS 2.2.1): a guesser is slowed down, the
 * account's owner is not locked out by a stranger's guesses, and the limit holds when attempts arrive at once.
 */
class SignInLimiterTest {

    static final String MANAGER = "manager";
    static final String OWNER = "203.0.113.10";
    static final String STRANGER = "198.51.100.66";

    /** A clock the test moves. */
    static final class TestClock extends Clock {
        Instant now = Instant.parse("2026-11-30T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }

        void pass(Duration duration) {
            now = now.plus(duration);
        }
    }

    final TestClock clock = new TestClock();
    final Accounts accounts = username -> username.equals(MANAGER)
            ? Option.some(new Accounts.Account(MANAGER, "hash", new StaffId("S-1"), Role.SERVICE_MANAGER))
            : Option.none();
    final InMemorySignInCounts counts = new InMemorySignInCounts(accounts);
    final SignInLimiter limiter = new SignInLimiter(counts, 5, Duration.ofMinutes(15), clock);

    private void fail(String username, String address, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(limiter.attempt(username, address).evaluate()).as("attempt %d", i + 1).isTrue();
        }
    }

    @Test
    @DisplayName("after 5 failures each further attempt waits 2, 4, 8 … seconds after the last, at most 15 minutes")
    void growingDelays() {
        fail(MANAGER, STRANGER, 5);
        assertThat(limiter.attempt(MANAGER, STRANGER).delay()).isEqualTo(Duration.ofSeconds(2));
        clock.pass(Duration.ofSeconds(2));
        fail(MANAGER, STRANGER, 1);
        assertThat(limiter.attempt(MANAGER, STRANGER).delay()).isEqualTo(Duration.ofSeconds(4));
        clock.pass(Duration.ofSeconds(3));
        assertThat(limiter.attempt(MANAGER, STRANGER).delay()).isEqualTo(Duration.ofSeconds(1));
        for (int i = 0; i < 12; i++) {
            clock.pass(Duration.ofMinutes(15));
            fail(MANAGER, STRANGER, 1);
        }
        assertThat(limiter.attempt(MANAGER, STRANGER).delay()).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    @DisplayName("a stranger's guesses do not lock the owner out: from an address they signed in from, they still can")
    void ownerNotLockedOutByAStranger() {
        limiter.succeeded(MANAGER, OWNER); // the manager has signed in from the office before
        for (int i = 0; i < 40; i++) { // a stranger keeps guessing, slowed down
            clock.pass(Duration.ofMinutes(15));
            limiter.attempt(MANAGER, STRANGER);
        }
        assertThat(limiter.attempt(MANAGER, STRANGER).evaluate()).isFalse();
        assertThat(limiter.attempt(MANAGER, OWNER).evaluate()).isTrue();
    }

    @Test
    @DisplayName("guesses from many addresses at one account are slowed down after 20, except from a known address")
    void guessesFromManyAddresses() {
        for (int i = 0; i < 20; i++) {
            fail(MANAGER, "198.51.100." + i, 1);
        }
        assertThat(limiter.attempt(MANAGER, "198.51.100.200").delay()).isEqualTo(Duration.ofSeconds(2));
        assertThat(limiter.attempt("officer", "198.51.100.200").evaluate()).isTrue();
    }

    @Test
    @DisplayName("one address trying many usernames is slowed down after 50 failures")
    void oneAddressManyUsernames() {
        for (int i = 0; i < 50; i++) {
            fail("user" + i, STRANGER, 1);
        }
        assertThat(limiter.attempt("someone-else", STRANGER).delay()).isEqualTo(Duration.ofSeconds(2));
        assertThat(limiter.attempt("someone-else", OWNER).evaluate()).isTrue();
    }

    @Test
    @DisplayName("behind one office address, someone trying many usernames does not keep out a colleague who has"
            + " signed in from there before; a colleague who never has waits like the guesser")
    void oneSharedAddressDoesNotLockOutItsKnownUsers() {
        limiter.succeeded(MANAGER, OWNER); // the manager works from the office
        for (int i = 0; i < 50; i++) { // someone in the office tries 50 usernames
            fail("user" + i, OWNER, 1);
        }
        assertThat(limiter.attempt("someone-new", OWNER).evaluate()).as("a username never signed in from here")
                .isFalse();
        assertThat(limiter.attempt(MANAGER, OWNER).evaluate()).as("the manager, who signs in from here").isTrue();
    }

    @Test
    @DisplayName("an administrator's unlock (the account's count to 0) lets the owner try again at once")
    void unlock() {
        fail(MANAGER, OWNER, 5);
        assertThat(limiter.attempt(MANAGER, OWNER).evaluate()).isFalse();
        counts.unlock(MANAGER);
        assertThat(limiter.attempt(MANAGER, OWNER).evaluate()).isTrue();
    }

    @Test
    @DisplayName("a successful sign-in clears the account's count; guesses are forgotten after a quiet day")
    void successAndForgetting() {
        fail(MANAGER, OWNER, 4);
        limiter.succeeded(MANAGER, OWNER);
        fail(MANAGER, OWNER, 5);
        assertThat(limiter.attempt(MANAGER, OWNER).evaluate()).isFalse();
        clock.pass(Duration.ofDays(1).plusSeconds(1));
        fail(MANAGER, OWNER, 5);
    }

    @Test
    @DisplayName("150 attempts at once at one account: no more than the 5 allowed are evaluated")
    void atOnce() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(150);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 150; i++) {
                attempts.add(threads.submit(() -> {
                    start.await();
                    return limiter.attempt(MANAGER, STRANGER).evaluate();
                }));
            }
            start.countDown();
            int evaluated = 0;
            for (Future<Boolean> attempt : attempts) {
                evaluated += attempt.get() ? 1 : 0;
            }
            assertThat(evaluated).isEqualTo(5);
        } finally {
            threads.shutdownNow();
        }
    }
}

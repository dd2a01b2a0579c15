package org.uca.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.application.testbed.StaffRoles;

/**
 * The sign-in limiter's counts in the database (OWASP ASVS 2.2.1, anti-automation): however many attempts arrive
 * at once, each is decided on the counts the ones before it left, so no more than the limit are evaluated.
 */
abstract class SignInCounting extends OnADatabase {

    static final int ATTEMPTS_AT_ONCE = 150;
    static final Instant NOW = Instant.parse("2026-11-30T10:15:30.123456Z");
    static final Instant FORGET_BEFORE = NOW.minus(Duration.ofDays(1));

    SignInCounters counters;
    String username;

    @BeforeEach
    void counters() {
        counters = db.database.signInCounters();
        username = "test-" + StaffRoles.everyone().head()._1.id().value();
    }

    @Test
    @DisplayName("150 attempts at once at one account from one address: exactly the 5 allowed are evaluated")
    void oneAddressAtOnce() throws Exception {
        List<SignInCounters.Attempt> attempts = atOnce(i -> counters.attempt(username, "192.0.2.7", NOW,
                FORGET_BEFORE, seen -> seen.pair().failures() < 5));
        assertThat(attempts.stream().filter(SignInCounters.Attempt::evaluate)).hasSize(5);
        assertThat(accountFailures()).isEqualTo(5);
        assertThat(throttleFailures(counters.pairKey(username, "192.0.2.7"))).isEqualTo(5);
        assertThat(throttleFailures(SignInCounters.addressKey("192.0.2.7"))).isEqualTo(5);
    }

    @Test
    @DisplayName("150 attempts at once at one account from 150 addresses: the account's 20 hold across them")
    void manyAddressesAtOnce() throws Exception {
        List<SignInCounters.Attempt> attempts = atOnce(i -> counters.attempt(username, "198.51.100." + i, NOW,
                FORGET_BEFORE, seen -> seen.account().get().failures() < 20));
        assertThat(attempts.stream().filter(SignInCounters.Attempt::evaluate)).hasSize(20);
        assertThat(accountFailures()).isEqualTo(20);
    }

    @Test
    @DisplayName("a success takes back the account's and the pair's counts, not the address's, and marks it known")
    void success() {
        for (int i = 0; i < 3; i++) {
            assertThat(counters.attempt(username, "192.0.2.7", NOW, FORGET_BEFORE, seen -> true).evaluate()).isTrue();
        }
        counters.succeeded(username, "192.0.2.7", NOW, FORGET_BEFORE);
        SignInCounters.Seen seen = counters.attempt(username, "192.0.2.7", NOW, FORGET_BEFORE, s -> false).seen();
        assertThat(seen.pair().failures()).isZero();
        assertThat(seen.account().get().failures()).isZero();
        assertThat(seen.address().failures()).isEqualTo(3);
        assertThat(seen.knownAddress()).isTrue();
        assertThat(counters.attempt(username, "192.0.2.8", NOW, FORGET_BEFORE, s -> false).seen().knownAddress())
                .isFalse();
    }

    @Test
    @DisplayName("a username no account has is counted per address and pair only, and the last failure is kept")
    void unknownUsername() {
        counters.attempt("no-such-user", "192.0.2.9", NOW, FORGET_BEFORE, seen -> true);
        SignInCounters.Seen seen = counters.attempt("NO-SUCH-USER", "192.0.2.9", NOW, FORGET_BEFORE, s -> false)
                .seen();
        assertThat(seen.account()).isEmpty();
        assertThat(seen.pair()).isEqualTo(new SignInCounters.Count(1, NOW));
        assertThat(seen.address().failures()).isEqualTo(1);
    }

    @Test
    @DisplayName("a count quiet for longer than the limiter remembers starts again from 1")
    void forgotten() {
        Instant dayBefore = NOW.minus(Duration.ofDays(2));
        for (int i = 0; i < 4; i++) {
            counters.attempt(username, "192.0.2.7", dayBefore, dayBefore.minus(Duration.ofDays(1)), seen -> true);
        }
        counters.attempt(username, "192.0.2.7", NOW, FORGET_BEFORE, seen -> true);
        assertThat(accountFailures()).isEqualTo(1);
        assertThat(throttleFailures(counters.pairKey(username, "192.0.2.7"))).isEqualTo(1);
    }

    @Test
    @DisplayName("what is typed as a username is never stored: a pair's key holds an HMAC of it (a password typed"
            + " into the username box stays unknown)")
    void typedUsernameNotStored() {
        String typed = "Correct-Horse-Battery-Staple-42";
        counters.attempt(typed, "192.0.2.10", NOW, FORGET_BEFORE, seen -> true);
        assertThat(counters.attempt(typed.toLowerCase(java.util.Locale.ROOT), "192.0.2.10", NOW, FORGET_BEFORE,
                s -> false).seen().pair().failures()).as("the same count whatever the case").isEqualTo(1);
        assertThat(number("select count(*) from sign_in_throttle where lower(throttle_key) like ?",
                "%correct-horse%")).isZero();
        assertThat(number("select count(*) from sign_in_throttle where throttle_key like ?", "pair:192.0.2.10 %"))
                .isEqualTo(1);
        assertThat(number("select count(*) from sign_in_throttle_secret where secret <> ?", "")).isEqualTo(1);
    }

    @Test
    @DisplayName("150 wrong machine credentials at once from one address are each counted, on a count of its own:"
            + " the address's sign-in counts are untouched, a right credential sets it back to 0")
    void machineCredentialFailures() throws Exception {
        atOnce(i -> {
            counters.machineFailed("203.0.113.71", NOW, FORGET_BEFORE);
            return new SignInCounters.Attempt(true, null);
        });
        assertThat(counters.machineFailures("203.0.113.71")).isEqualTo(new SignInCounters.Count(ATTEMPTS_AT_ONCE,
                NOW));
        assertThat(counters.machineFailures("203.0.113.72")).isEqualTo(SignInCounters.Count.NONE);
        assertThat(counters.attempt(username, "203.0.113.71", NOW, FORGET_BEFORE, s -> false).seen().address())
                .isEqualTo(SignInCounters.Count.NONE);
        counters.machineFailed("203.0.113.71", NOW.plus(Duration.ofDays(2)), NOW.plus(Duration.ofDays(1)));
        assertThat(counters.machineFailures("203.0.113.71").failures()).as("quiet for a day: from 1 again")
                .isEqualTo(1);
        counters.machineSucceeded("203.0.113.71");
        assertThat(counters.machineFailures("203.0.113.71").failures()).isZero();
    }

    private interface Attempt {
        SignInCounters.Attempt make(int i);
    }

    private static List<SignInCounters.Attempt> atOnce(Attempt attempt) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(ATTEMPTS_AT_ONCE);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<SignInCounters.Attempt>> made = new ArrayList<>();
            for (int i = 0; i < ATTEMPTS_AT_ONCE; i++) {
                int n = i;
                made.add(threads.submit(() -> {
                    start.await();
                    return attempt.make(n);
                }));
            }
            start.countDown();
            List<SignInCounters.Attempt> attempts = new ArrayList<>();
            for (Future<SignInCounters.Attempt> one : made) {
                attempts.add(one.get());
            }
            return attempts;
        } finally {
            threads.shutdownNow();
        }
    }

    private int accountFailures() {
        return number("select failed_sign_ins from staff_account where username = ?", username);
    }

    private int throttleFailures(String key) {
        return number("select failures from sign_in_throttle where throttle_key = ?", key);
    }

    private int number(String sql, String parameter) {
        try (Connection c = db.jdbc(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).isTrue();
                return r.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

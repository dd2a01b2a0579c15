package org.uca.adapter.persistence;

import io.vavr.control.Option;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Predicate;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.uca.application.port.out.StorageUnavailable;

/**
 * The sign-in limiter's counts, kept where every UCA process on the database sees them: failed sign-ins per account
 * ({@code staff_account.failed_sign_ins}), per client address and per account and address
 * ({@code sign_in_throttle}). Of attempts made at once, on one server or several, each is decided on the counts
 * the ones before it left: in one transaction the three rows are read and locked ({@code for update}, always in the
 * same order: account and address, account, address — so two attempts never wait for each other in a circle), the
 * caller's rule decides, and each count is raised by an UPDATE that matches only if the count is still the one read
 * (a guard: the lock already ensures it; a miss, a deadlock or a lock time-out decides the attempt again). An attempt
 * about to be evaluated is counted as a failure first, and {@link #succeeded} takes it back.
 *
 * <p>A pair's key holds an HMAC-SHA-256 of the lower-cased username, never the username: people type their password
 * into the username box, and that must not be kept. The HMAC's secret is the database's own (one row of
 * {@code sign_in_throttle_secret}, made at random on first use), not the session secret: that one an operator may
 * change (ending every session), which must not forget every count.
 */
public final class SignInCounters {

    /** The most times one attempt is decided again after other attempts changed its counts meanwhile. */
    private static final int ROUNDS = 200;
    private static final int MAX_KEY = 200;
    private static final String HMAC = "HmacSHA256";

    /** One count of failures, and when the last was. */
    public record Count(int failures, Instant lastFailure) {
        public static final Count NONE = new Count(0, null);
    }

    /**
     * The counts an attempt is decided on.
     *
     * @param account      none when no account has the username
     * @param knownAddress the account has signed in from this address before
     */
    public record Seen(Count pair, Option<Count> account, Count address, boolean knownAddress) {
    }

    /** Whether the attempt may be evaluated (it is then counted), and the counts it was decided on. */
    public record Attempt(boolean evaluate, Seen seen) {
    }

    private final DataSource dataSource;
    /** The key of the HMAC of usernames, read (or made) on first use. */
    private volatile SecretKeySpec usernameKey;

    SignInCounters(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Decides whether an attempt to sign in as {@code username} from {@code address} may be evaluated now and, if
     * so, counts it as a failure on each of its counts.
     *
     * @param forgetBefore a count whose last failure is older than this starts again from 0
     * @param mayEvaluate  the limiter's rule
     */
    public Attempt attempt(String username, String address, Instant now, Instant forgetBefore,
            Predicate<Seen> mayEvaluate) {
        String pairKey = pairKey(username, address);
        String addressKey = addressKey(address);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            // Most attempts in a burst are turned away: they are decided on the counts as they stand, with no lock.
            Seen seen = read(c, username, pairKey, addressKey, "");
            if (!mayEvaluate.test(seen)) {
                return new Attempt(false, seen);
            }
            ensureRow(c, pairKey);
            ensureRow(c, addressKey);
            for (int round = 0; round < ROUNDS; round++) {
                c.setAutoCommit(false);
                try {
                    seen = read(c, username, pairKey, addressKey, " for update");
                    if (!mayEvaluate.test(seen)) {
                        c.rollback();
                        return new Attempt(false, seen);
                    }
                    if (raise(c, "sign_in_throttle", "throttle_key", "failures", "last_failure_at", pairKey,
                            seen.pair(), now, forgetBefore)
                            && (seen.account().isEmpty() || raise(c, "staff_account", "username", "failed_sign_ins",
                                    "last_failed_sign_in_at", username, seen.account().get(), now, forgetBefore))
                            && raise(c, "sign_in_throttle", "throttle_key", "failures", "last_failure_at",
                                    addressKey, seen.address(), now, forgetBefore)) {
                        c.commit();
                        return new Attempt(true, seen);
                    }
                    c.rollback(); // a count changed since it was read (the lock should prevent it): decide again
                } catch (SQLException raced) {
                    c.rollback();
                    if (!concurrencyFailure(raced)) {
                        throw raced;
                    }
                } finally {
                    c.setAutoCommit(true);
                }
            }
            return new Attempt(false, seen); // decided again too often: turned away, as a busy limiter should
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** The three counts, read in the order they are locked in. */
    private static Seen read(Connection c, String username, String pairKey, String addressKey, String lock)
            throws SQLException {
        Throttle pair = throttle(c, pairKey, lock);
        Option<Count> account = account(c, username, lock);
        return new Seen(pair.count(), account, throttle(c, addressKey, lock).count(), pair.succeeded());
    }

    /**
     * A sign-in succeeded: its account's count and its account-and-address count go back to 0 (the address's own
     * count does not: signing in to one account must not clear guesses at others), and the address is known to the
     * account from now on. Counts quiet since {@code forgetBefore} are deleted.
     */
    public void succeeded(String username, String address, Instant now, Instant forgetBefore) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement pair = c.prepareStatement("update sign_in_throttle set failures = 0,"
                    + " last_success_at = ? where throttle_key = ?");
                    PreparedStatement account = c.prepareStatement(
                            "update staff_account set failed_sign_ins = 0 where username = ?");
                    PreparedStatement forget = c.prepareStatement("delete from sign_in_throttle where"
                            + " (last_failure_at is null or last_failure_at < ?) and last_success_at is null")) {
                pair.setObject(1, time(now));
                pair.setString(2, pairKey(username, address));
                pair.executeUpdate();
                account.setString(1, username);
                account.executeUpdate();
                forget.setObject(1, time(forgetBefore));
                forget.executeUpdate();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * Failed machine-credential attempts from one client address (a row of {@code sign_in_throttle} keyed
     * {@code machine:ADDRESS}, apart from the sign-in counts): how many, and when the last was.
     */
    public Count machineFailures(String address) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            return throttle(c, machineKey(address), "").count();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /**
     * One more failed machine-credential attempt from the address, in one UPDATE (so attempts at once each count,
     * on one server or several); a count quiet since {@code forgetBefore} starts again from 1.
     */
    public void machineFailed(String address, Instant now, Instant forgetBefore) {
        String key = machineKey(address);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            ensureRow(c, key);
            try (PreparedStatement update = c.prepareStatement("update sign_in_throttle set failures = case when"
                    + " last_failure_at is null or last_failure_at < ? then 1 else failures + 1 end,"
                    + " last_failure_at = ? where throttle_key = ?")) {
                update.setObject(1, time(forgetBefore));
                update.setObject(2, time(now));
                update.setString(3, key);
                update.executeUpdate();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** A right machine credential came from the address: its count of failures goes back to 0. */
    public void machineSucceeded(String address) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (PreparedStatement update = c.prepareStatement("update sign_in_throttle set failures = 0"
                    + " where throttle_key = ? and failures > 0")) {
                update.setString(1, machineKey(address));
                update.executeUpdate();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    static String machineKey(String address) {
        String key = "machine:" + address;
        return key.length() <= MAX_KEY ? key : key.substring(0, MAX_KEY);
    }

    /** The key of the account-and-address count: the address and an HMAC of the username in lower case. */
    String pairKey(String username, String address) {
        String key = "pair:" + address + " " + usernameHmac(username.toLowerCase(Locale.ROOT));
        return key.length() <= MAX_KEY ? key : key.substring(0, MAX_KEY);
    }

    private String usernameHmac(String username) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(usernameKey());
            return HexFormat.of().formatHex(mac.doFinal(username.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }

    private SecretKeySpec usernameKey() {
        SecretKeySpec key = usernameKey;
        if (key == null) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(true);
                key = new SecretKeySpec(HexFormat.of().parseHex(
                        StoreSecret.readOrMake(c, "sign_in_throttle_secret")), HMAC);
            } catch (SQLException e) {
                throw failure(e);
            }
            usernameKey = key;
        }
        return key;
    }

    static String addressKey(String address) {
        String key = "address:" + address;
        return key.length() <= MAX_KEY ? key : key.substring(0, MAX_KEY);
    }

    private static void ensureRow(Connection c, String key) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("insert into sign_in_throttle (throttle_key, failures)"
                + " select ?, 0 from (select 1 as one) x where not exists"
                + " (select 1 from sign_in_throttle where throttle_key = ?)")) {
            insert.setString(1, key);
            insert.setString(2, key);
            insert.executeUpdate();
        } catch (SQLException e) {
            if (!"23505".equals(e.getSQLState())) { // another attempt inserted it first
                throw e;
            }
        }
    }

    private record Throttle(Count count, boolean succeeded) {
    }

    private static Throttle throttle(Connection c, String key, String lock) throws SQLException {
        try (PreparedStatement read = c.prepareStatement("select failures, last_failure_at, last_success_at"
                + " from sign_in_throttle where throttle_key = ?" + lock)) {
            read.setString(1, key);
            try (ResultSet row = read.executeQuery()) {
                if (!row.next()) {
                    return new Throttle(Count.NONE, false);
                }
                return new Throttle(new Count(row.getInt(1), instant(row.getObject(2, OffsetDateTime.class))),
                        row.getObject(3, OffsetDateTime.class) != null);
            }
        }
    }

    private static Option<Count> account(Connection c, String username, String lock) throws SQLException {
        try (PreparedStatement read = c.prepareStatement("select failed_sign_ins, last_failed_sign_in_at"
                + " from staff_account where username = ?" + lock)) {
            read.setString(1, username);
            try (ResultSet row = read.executeQuery()) {
                return row.next() ? Option.some(new Count(row.getInt(1),
                        instant(row.getObject(2, OffsetDateTime.class)))) : Option.none();
            }
        }
    }

    /** One more failure on a count, only if it is still the one read; false if another attempt changed it. */
    private static boolean raise(Connection c, String table, String keyColumn, String failures, String last,
            String key, Count read, Instant now, Instant forgetBefore) throws SQLException {
        String sql = "update " + table + " set " + failures + " = case when " + last + " < ? then 1 else " + failures
                + " + 1 end, " + last + " = ? where " + keyColumn + " = ? and " + failures + " = ? and " + last
                + (read.lastFailure() == null ? " is null" : " = ?");
        try (PreparedStatement update = c.prepareStatement(sql)) {
            update.setObject(1, time(forgetBefore));
            update.setObject(2, time(now));
            update.setString(3, key);
            update.setInt(4, read.failures());
            if (read.lastFailure() != null) {
                update.setObject(5, time(read.lastFailure()));
            }
            return update.executeUpdate() == 1;
        }
    }

    /** A lock wait that timed out, a deadlock or a serialisation failure: decided again. */
    private static boolean concurrencyFailure(SQLException e) {
        String state = e.getSQLState();
        return state != null && (state.startsWith("40") || state.equals("HYT00") || state.equals("55P03")
                || e.getErrorCode() == 90131); // H2: a concurrent update of the same row
    }

    private static RuntimeException failure(SQLException e) {
        return Faults.isConnectionFailure(e)
                ? new StorageUnavailable(Faults.UNAVAILABLE, e)
                : new IllegalStateException("The sign-in counts could not be read or written (SQLState "
                        + e.getSQLState() + ")", e);
    }

    private static OffsetDateTime time(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }
}

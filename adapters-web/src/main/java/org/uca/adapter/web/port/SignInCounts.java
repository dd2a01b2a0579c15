package org.uca.adapter.web.port;

import io.vavr.control.Option;
import java.time.Instant;
import java.util.function.Predicate;

/**
 * Where the sign-in limiter keeps its counts of failed sign-ins: per account, per client address and per account
 * and address. The database keeps them for every UCA process that shares it; {@code InMemorySignInCounts} keeps them
 * for one process.
 */
public interface SignInCounts {

    /** One count of failures, and when the last was (null when there was none). */
    record Count(int failures, Instant lastFailure) {
        public static final Count NONE = new Count(0, null);
    }

    /**
     * The counts an attempt is decided on.
     *
     * @param account      none when no account has the username
     * @param knownAddress the account has signed in from this address before
     */
    record Seen(Count pair, Option<Count> account, Count address, boolean knownAddress) {
    }

    /** Whether the attempt may be evaluated (it is then counted as a failure), and the counts it was decided on. */
    record Attempt(boolean evaluate, Seen seen) {
    }

    /**
     * Reads the counts for an attempt to sign in as {@code username} from {@code address} and, if
     * {@code mayEvaluate} says so, counts one more failure on each of them — atomically: of attempts made at once, on
     * one server or several, each is decided on the counts the ones before it left.
     *
     * @param forgetBefore a count whose last failure is older than this starts again from 0
     */
    Attempt attempt(String username, String address, Instant now, Instant forgetBefore, Predicate<Seen> mayEvaluate);

    /**
     * The attempt's password was right: the account's count and the account-and-address count go back to 0, and
     * the address is known to the account; the address's own count stays.
     */
    void succeeded(String username, String address, Instant now, Instant forgetBefore);

    /**
     * Failed machine-credential attempts from one client address: a count of their own (not the address's sign-in
     * count), kept where every UCA process sees it.
     */
    Count machineFailures(String address);

    /** One more failed machine-credential attempt from the address (attempts at once each count). */
    void machineFailed(String address, Instant now, Instant forgetBefore);

    /** A right machine credential came from the address: its count goes back to 0. */
    void machineSucceeded(String address);
}

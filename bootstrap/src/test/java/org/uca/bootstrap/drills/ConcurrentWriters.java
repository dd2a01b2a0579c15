package org.uca.bootstrap.drills;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * The shared shape of the concurrent-writers drill: 50 members of staff record an action, authorise measures or
 * lodge an appeal on the same case at the same moment; then every attempt is accounted for.
 */
final class ConcurrentWriters {

    static final int WRITERS = 50;

    /** What each writer tries: writer i does {@code Attempt.values()[i % 3]}. */
    enum Attempt {
        RECORD_ACTION, AUTHORISE_MEASURES, LODGE_APPEAL;

        static Attempt of(int writer) {
            return values()[writer % values().length];
        }
    }

    /** How an attempt ended, as the writer was told. */
    enum Outcome { ACCEPTED, CONFLICT, REFUSED, UNAVAILABLE }

    record Result(Attempt attempt, Outcome outcome, String detail) {
    }

    /** The case as stored: its version and how many actions, decisions and appeals it has. */
    record CaseState(long version, int actions, int decisions, int appeals) {
    }

    private ConcurrentWriters() {
    }

    /** Runs {@link #WRITERS} writers, released together; each returns how its attempt ended. Bounded: 90 s in all. */
    static List<Result> runTogether(IntFunction<Result> writer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            CountDownLatch ready = new CountDownLatch(WRITERS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Result>> futures = new ArrayList<>();
            for (int i = 0; i < WRITERS; i++) {
                int writerNumber = i;
                Callable<Result> task = () -> {
                    ready.countDown();
                    if (!go.await(30, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("never released");
                    }
                    return writer.apply(writerNumber);
                };
                futures.add(pool.submit(task));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).as("all writers ready").isTrue();
            go.countDown();
            List<Result> results = new ArrayList<>();
            for (Future<Result> f : futures) {
                results.add(f.get(90, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    static long count(List<Result> results, Attempt attempt, Outcome outcome) {
        return results.stream().filter(r -> r.attempt() == attempt && r.outcome() == outcome).count();
    }

    static long count(List<Result> results, Outcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).count();
    }

    /** Audit entries for the case, by outcome, read straight from the database. */
    /**
     * Audit entries by outcome, read straight from the database: all of them, because nothing else writes during the
     * drill, and a refused or conflicting "record an action" is audited without its case id (see the report).
     */
    static Map<Outcome, Long> audit(String jdbcUrl, String user) throws SQLException {
        Map<Outcome, Long> byOutcome = new EnumMap<>(Outcome.class);
        for (Outcome o : Outcome.values()) {
            byOutcome.put(o, Tables.count(jdbcUrl, user, "select count(*) from audit_entry where outcome = '"
                    + o.name() + "'"));
        }
        return byOutcome;
    }

    static long auditTotal(String jdbcUrl, String user) throws SQLException {
        return Tables.count(jdbcUrl, user, "select count(*) from audit_entry");
    }

    /**
     * Every attempt is accounted for: each accepted change is on the case, each rejected one was a conflict (or, for
     * a second appeal against the same decision, a refusal naming the decision), the audit log gained exactly one
     * entry per attempt with the same outcome, and the version grew by exactly the accepted changes.
     */
    static String assertAccountedFor(List<Result> results, CaseState before, CaseState after,
            Map<Outcome, Long> auditBefore, long auditTotalBefore, Map<Outcome, Long> auditAfter,
            long auditTotalAfter) {
        assertThat(results).hasSize(WRITERS);
        assertThat(results).as("nobody is told UCA is unavailable because others are writing")
                .noneMatch(r -> r.outcome() == Outcome.UNAVAILABLE);
        long accepted = count(results, Outcome.ACCEPTED);
        long conflicts = count(results, Outcome.CONFLICT);
        long refused = count(results, Outcome.REFUSED);
        assertThat(accepted).as("at least one writer gets through").isPositive();
        assertThat(results).filteredOn(r -> r.outcome() == Outcome.REFUSED)
                .as("only a second appeal against decision 1 may be refused (the policy allows one at a time)")
                .allSatisfy(r -> {
                    assertThat(r.attempt()).isEqualTo(Attempt.LODGE_APPEAL);
                    assertThat(r.detail()).contains("decision");
                });
        assertThat(count(results, Attempt.LODGE_APPEAL, Outcome.ACCEPTED)).as("one appeal at a time").isLessThanOrEqualTo(1);
        assertThat(after.version()).as("version = before + accepted changes").isEqualTo(before.version() + accepted);
        assertThat(after.actions()).as("every accepted action is there")
                .isEqualTo(before.actions() + count(results, Attempt.RECORD_ACTION, Outcome.ACCEPTED));
        assertThat(after.decisions()).as("every accepted decision is there")
                .isEqualTo(before.decisions() + count(results, Attempt.AUTHORISE_MEASURES, Outcome.ACCEPTED));
        assertThat(after.appeals()).as("every accepted appeal is there")
                .isEqualTo(before.appeals() + count(results, Attempt.LODGE_APPEAL, Outcome.ACCEPTED));
        assertThat(auditTotalAfter - auditTotalBefore).as("exactly one audit entry per attempt").isEqualTo(WRITERS);
        assertThat(auditAfter.get(Outcome.ACCEPTED) - auditBefore.get(Outcome.ACCEPTED)).isEqualTo(accepted);
        assertThat(auditAfter.get(Outcome.CONFLICT) - auditBefore.get(Outcome.CONFLICT)).isEqualTo(conflicts);
        assertThat(auditAfter.get(Outcome.REFUSED) - auditBefore.get(Outcome.REFUSED)).isEqualTo(refused);
        return WRITERS + " writers: " + accepted + " accepted (" + count(results, Attempt.RECORD_ACTION,
                Outcome.ACCEPTED) + " actions, " + count(results, Attempt.AUTHORISE_MEASURES, Outcome.ACCEPTED)
                + " decisions, " + count(results, Attempt.LODGE_APPEAL, Outcome.ACCEPTED) + " appeals), " + conflicts
                + " conflicts, " + refused + " refused, " + count(results, Outcome.UNAVAILABLE) + " unavailable; version " + before.version() + " -> " + after.version();
    }
}

package org.uca.adapter.persistence;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.Set;
import io.vavr.collection.TreeMap;
import io.vavr.Tuple2;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import org.uca.adapter.persistence.Projections.DecisionFact;
import org.uca.adapter.persistence.Projections.Facts;
import org.uca.adapter.persistence.Projections.MeasureFact;

/**
 * The monitoring report's counts, kept per day in {@code monitoring_day} (migration 8) as cases are saved, so the
 * report sums a few thousand counters instead of scanning every action, decision, measure, warning and appeal
 * (policy 5.1 and 5.2: the Service Development Team monitors decisions for fairness and consistency). A save adds
 * the difference it makes, worked out from the same projection facts before and after it that {@link Projections}
 * writes, in one statement in the save's own transaction: the counts and the projections are kept or rolled back
 * together. The median and the restrictions past their review date are not counted here: the median is not a sum,
 * and "past review" depends on today ({@link SqlMonitoring}).
 */
final class MonitoringCounts {

    /** The figures counted per day; their names are the report's (and {@code monitoring_day.figure}'s). */
    enum Figure {
        /** actions by category, on the day they happened (but for those entered in error) */
        ACTIONS,
        /** measures authorised, by kind, on the day of the decision (as authorised: a variation changes nothing) */
        MEASURES,
        /** decisions by the authorising manager's team, on the day authorised */
        TEAMS,
        /** decisions by the authoriser's level, on the day authorised */
        LEVELS,
        /** decisions taken immediately, without a warning, on the day authorised */
        IMMEDIATE,
        /** warnings, on the day issued (but for those entered in error) */
        WARNINGS,
        /** warnings a decision rests on, on the day the warning was issued (whenever the decision came) */
        WARNINGS_FOLLOWED,
        /** appeals, on the day received */
        APPEALS_LODGED,
        /** decided appeals by outcome, on the day decided */
        APPEAL_OUTCOMES,
        /** appeals decided after their due date, on the day decided */
        APPEALS_LATE,
        /**
         * decisions entered in error (they should never have been made), on the day authorised: counted here instead
         * of as authorised decisions, and their measures no longer counted as authorised
         */
        DECISIONS_IN_ERROR,
        /** actions entered in error (they should never have been recorded), on the day they happened */
        ACTIONS_IN_ERROR,
        /**
         * warnings entered in error (they should never have been issued), on the day issued: not counted as issued,
         * nor as followed by a decision
         */
        WARNINGS_IN_ERROR
    }

    /** A decision's status once it is entered in error ({@code DecisionStatus.ENTERED_IN_ERROR}). */
    static final String ENTERED_IN_ERROR = "ENTERED_IN_ERROR";

    /** What a figure counted without a key is stored with (the key is part of the primary key). */
    static final String NO_KEY = "";

    /**
     * At most this many counters in one statement on PostgreSQL (a bulk load's batch can touch more; PostgreSQL takes
     * at most 32,767 parameters).
     */
    static final int MAX_ROWS = 1_000;

    /** One counter: a figure on a day, for a key; ordered as the primary key, the order rows are written in. */
    record Counter(LocalDate day, Figure figure, String key) implements Comparable<Counter> {

        private static final Comparator<Counter> ORDER = Comparator.comparing(Counter::day)
                .thenComparing(c -> c.figure().name()).thenComparing(Counter::key);

        Counter {
            Objects.requireNonNull(day, "day");
            Objects.requireNonNull(figure, "figure");
            Objects.requireNonNull(key, "key");
        }

        @Override
        public int compareTo(Counter other) {
            return ORDER.compare(this, other);
        }
    }

    private MonitoringCounts() {
    }

    /**
     * What a save changes: the counters of the case after it, with the measures it wrote, less those of the case
     * before it; only counters that move, in key order. Empty when nothing counted changed (contact time, needs,
     * informing, a review, a lift, text removed under the retention rule).
     *
     * @param measuresWritten the measures the save wrote to {@code decision_measure} (those of its new decisions,
     *                        as authorised): what is written once is counted once
     */
    static TreeMap<Counter, Long> change(Facts before, Facts after, Seq<MeasureFact> measuresWritten) {
        return change(before, after, measuresWritten, List.empty());
    }

    /**
     * As above, where the save also entered decisions in error ({@link #newlyInError}): {@code measuresWithdrawn} are
     * their measures as written when authorised, no longer counted.
     */
    static TreeMap<Counter, Long> change(Facts before, Facts after, Seq<MeasureFact> measuresWritten,
            Seq<MeasureFact> measuresWithdrawn) {
        TreeMap<Counter, Long> removed = tally(TreeMap.empty(), counted(before), -1);
        return tally(tally(tally(removed, counted(after), 1), measures(after, measuresWritten), 1),
                measures(after, measuresWithdrawn), -1)
                .filter((counter, n) -> n != 0);
    }

    /** The decisions {@code after} has entered in error that {@code before} had not (whose measures are withdrawn). */
    static Seq<Integer> newlyInError(Facts before, Facts after) {
        return after.decisions().values().filter(d -> d.status().equals(ENTERED_IN_ERROR)
                && before.decisions().get(d.number()).forAll(b -> !b.status().equals(ENTERED_IN_ERROR)))
                .map(DecisionFact::number).toList();
    }

    /**
     * The counters of a whole case, new to the database (a bulk load): its facts and the measures it writes, but for
     * those of decisions entered in error.
     */
    static Seq<Counter> ofNewCase(Facts facts) {
        return counted(facts).appendAll(measures(facts, facts.measures().values().filter(m -> facts.decisions()
                .get(m.decision()).forAll(d -> !d.status().equals(ENTERED_IN_ERROR)))));
    }

    /** {@code into}, with {@code each} added to the counter of every entry of {@code counters}. */
    static TreeMap<Counter, Long> tally(TreeMap<Counter, Long> into, Seq<Counter> counters, long each) {
        return counters.foldLeft(into, (counts, c) -> counts.put(c, counts.get(c).getOrElse(0L) + each));
    }

    /** One entry per thing counted (a multiset): everything but the measures. */
    private static Seq<Counter> counted(Facts f) {
        Seq<Counter> actions = f.actions().values().map(a -> a.enteredInError()
                ? new Counter(a.occurredOn(), Figure.ACTIONS_IN_ERROR, NO_KEY)
                : new Counter(a.occurredOn(), Figure.ACTIONS, a.category())).toList();
        Seq<Counter> decisions = f.decisions().values().toList().flatMap(d -> {
            if (d.status().equals(ENTERED_IN_ERROR)) {
                return List.of(new Counter(d.authorisedOn(), Figure.DECISIONS_IN_ERROR, NO_KEY));
            }
            Seq<Counter> each = List.of(new Counter(d.authorisedOn(), Figure.TEAMS, d.team()),
                    new Counter(d.authorisedOn(), Figure.LEVELS, d.authorisedLevel()));
            return d.immediate() ? each.append(new Counter(d.authorisedOn(), Figure.IMMEDIATE, NO_KEY)) : each;
        });
        Set<Integer> followed = f.decisions().values().filter(d -> !d.status().equals(ENTERED_IN_ERROR))
                .map(DecisionFact::afterWarning).filter(Objects::nonNull).toSet();
        Seq<Counter> warnings = f.warnings().values().toList().flatMap(w -> {
            if (w.enteredInError()) {
                return List.of(new Counter(w.issuedOn(), Figure.WARNINGS_IN_ERROR, NO_KEY));
            }
            Counter issued = new Counter(w.issuedOn(), Figure.WARNINGS, NO_KEY);
            return followed.contains(w.number())
                    ? List.of(issued, new Counter(w.issuedOn(), Figure.WARNINGS_FOLLOWED, NO_KEY))
                    : List.of(issued);
        });
        Seq<Counter> appeals = f.appeals().values().toList().flatMap(a -> {
            Seq<Counter> each = List.of(new Counter(a.received(), Figure.APPEALS_LODGED, NO_KEY));
            if (a.decidedOn() != null && a.outcome() != null) {
                each = each.append(new Counter(a.decidedOn(), Figure.APPEAL_OUTCOMES, a.outcome()));
            }
            if (a.decidedOn() != null && a.late()) {
                each = each.append(new Counter(a.decidedOn(), Figure.APPEALS_LATE, NO_KEY));
            }
            return each;
        });
        return actions.appendAll(decisions).appendAll(warnings).appendAll(appeals);
    }

    /** The measures' counters, on their decision's day (a decision's authorised day never changes). */
    private static Seq<Counter> measures(Facts f, Iterable<MeasureFact> measures) {
        return List.ofAll(measures).map(m -> new Counter(f.decisions().get(m.decision())
                .getOrElseThrow(() -> new IllegalStateException("A measure belongs to a decision of its case."))
                .authorisedOn(), Figure.MEASURES, m.kind()));
    }

    /**
     * Adds the counts to the stored counters, creating those not there yet, in one statement (none when there is
     * nothing to add; a bulk load's batch in one per {@link #MAX_ROWS} counters). The rows go in key order, so two
     * transactions that move the same counters lock them in the same order and never deadlock on them.
     *
     * <p>On PostgreSQL: one {@code insert ... on conflict do update}, which waits for a transaction creating the
     * same counter and then adds to it; counts taken off (only when a decision is entered in error) go first, as a
     * batch of updates in key order. (Such a save and another moving the same counters the other way round may then
     * deadlock; PostgreSQL ends one, which is reported as a concurrent change and saves nothing.) On H2: one JDBC batch of single-row {@code MERGE}s (H2 is embedded, so a
     * batch is one call, as one statement is). Not one {@code MERGE} of many rows: in H2 2.5, when a row of it meets
     * a counter another transaction is creating, the statement fails at once as a duplicate of a row it inserted
     * itself earlier in the same statement, and again however often it is sent. A single-row {@code MERGE} waits for
     * the other transaction instead, then fails as a duplicate key when that one commits: see
     * {@link #mergeOnH2}.
     */
    static void add(Connection connection, boolean h2, TreeMap<Counter, Long> counts) throws SQLException {
        if (h2) {
            mergeOnH2(connection, counts.toList());
            return;
        }
        // PostgreSQL checks n >= 0 on the row an upsert proposes before it finds the counter, so what is taken off
        // (a decision entered in error) goes to counters that exist, by update, in key order too.
        TreeMap<Counter, Long> taken = counts.filter((counter, n) -> n < 0);
        if (!taken.isEmpty()) {
            try (PreparedStatement s = connection.prepareStatement("update monitoring_day set n = n + ?"
                    + " where on_day = ? and figure = ? and figure_key = ?")) {
                for (Tuple2<Counter, Long> row : taken) {
                    s.setLong(1, row._2);
                    s.setObject(2, row._1.day());
                    s.setString(3, row._1.figure().name());
                    s.setString(4, row._1.key());
                    s.addBatch();
                }
                s.executeBatch();
            }
        }
        for (Seq<Tuple2<Counter, Long>> rows : counts.filter((counter, n) -> n > 0).toList().grouped(MAX_ROWS)) {
            try (PreparedStatement s = connection.prepareStatement(upsert(rows.size()))) {
                int i = 1;
                for (Tuple2<Counter, Long> row : rows) {
                    i = bind(s, i, row);
                }
                s.executeUpdate();
            }
        }
    }

    /**
     * The counters as one batch of {@code MERGE}s on H2. A {@code MERGE} decides a counter is new before it waits for
     * a transaction that is creating the same counter; when that one commits, it fails as a duplicate key (where
     * PostgreSQL's {@code ON CONFLICT} would wait, then add). H2 undoes the failed row alone, goes on with the rest of
     * the batch, and the transaction stays usable, so the rows that failed so are sent again: the counters they
     * collided with are committed now, and are matched and added to. Usually once is enough; each further failure
     * means another counter of these was committed meanwhile (counters are never deleted), so after as many tries as
     * there are rows every counter exists. Any other failure is thrown, and the save rolls back whole.
     */
    private static void mergeOnH2(Connection connection, Seq<Tuple2<Counter, Long>> rows) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(H2_MERGE)) {
            Seq<Tuple2<Counter, Long>> toSend = rows;
            for (int attempt = 0; !toSend.isEmpty(); attempt++) {
                for (Tuple2<Counter, Long> row : toSend) {
                    bind(s, 1, row);
                    s.addBatch();
                }
                try {
                    s.executeBatch();
                    return;
                } catch (BatchUpdateException e) {
                    if (attempt >= rows.size() || !onlyDuplicateKeys(e)) {
                        throw e;
                    }
                    long[] results = e.getLargeUpdateCounts();
                    Seq<Tuple2<Counter, Long>> sent = toSend;
                    toSend = sent.zipWithIndex().filter(r -> results[r._2] == Statement.EXECUTE_FAILED).map(Tuple2::_1);
                }
            }
        }
    }

    private static boolean onlyDuplicateKeys(BatchUpdateException batch) {
        boolean any = false;
        for (SQLException e = batch.getNextException(); e != null; e = e.getNextException()) {
            if (!"23505".equals(e.getSQLState())) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private static int bind(PreparedStatement s, int first, Tuple2<Counter, Long> row) throws SQLException {
        int i = first;
        s.setObject(i++, row._1.day());
        s.setString(i++, row._1.figure().name());
        s.setString(i++, row._1.key());
        s.setLong(i++, row._2);
        return i;
    }

    private static String upsert(int rows) {
        return "insert into monitoring_day as t (on_day, figure, figure_key, n) values "
                + String.join(", ", java.util.Collections.nCopies(rows, "(?, ?, ?, ?)"))
                + " on conflict (on_day, figure, figure_key) do update set n = t.n + excluded.n";
    }

    private static final String H2_MERGE = "merge into monitoring_day t using (values (cast(? as date),"
            + " cast(? as varchar(20)), cast(? as varchar(200)), cast(? as bigint))) s (on_day, figure, figure_key, n)"
            + " on t.on_day = s.on_day and t.figure = s.figure and t.figure_key = s.figure_key"
            + " when matched then update set n = t.n + s.n"
            + " when not matched then insert (on_day, figure, figure_key, n)"
            + " values (s.on_day, s.figure, s.figure_key, s.n)";
}

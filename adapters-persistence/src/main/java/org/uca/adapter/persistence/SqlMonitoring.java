package org.uca.adapter.persistence;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.function.Function;
import org.uca.adapter.persistence.MonitoringCounts.Figure;
import org.uca.application.port.out.MonitoringData;
import org.uca.application.port.out.MonitoringReport;
import org.uca.domain.cases.ActionCategory;
import org.uca.domain.cases.AppealOutcome;
import org.uca.domain.measures.MeasureKind;
import org.uca.domain.people.AuthorityLevel;

/**
 * Monitoring for the Service Development Team, in one SQL statement whatever the number of cases: the counts kept
 * per day ({@code monitoring_day}, written with each save by {@link MonitoringCounts}) summed over the period, and
 * the two figures that are no sums of days, read from the decisions: the median days from a case's first action
 * to a decision (from an index alone), the restrictions in force past their review date today, and the restrictions
 * due for review in the period that lapsed (from the review index). The SQL is plain
 * ANSI (UNION ALL, GROUP BY, PERCENTILE_CONT ... WITHIN GROUP) and runs unchanged on PostgreSQL and H2.
 */
final class SqlMonitoring implements MonitoringData {

    /** Each row: which figure, the key it is counted by ('' for none), the count, and the median (only for MEDIAN). */
    static final String REPORT = """
            select m.figure as figure, m.figure_key as figure_key, sum(m.n) as n, cast(null as double precision) as v
              from monitoring_day m where m.on_day between :from and :to group by m.figure, m.figure_key
            union all
            select 'MEDIAN', '', count(*),
                   cast(percentile_cont(0.5) within group (order by d.days_from_first_action) as double precision)
              from case_decision d where d.authorised_on between :from and :to and d.status <> 'ENTERED_IN_ERROR'
            union all
            select 'PAST_REVIEW', '', count(*), cast(null as double precision)
              from case_decision d where d.status = 'IN_FORCE' and d.review_date < :today
            union all
            select 'LAPSED', '', count(*), cast(null as double precision)
              from case_decision d where d.status = 'LAPSED' and d.review_date between :from and :to
            """;

    /** One row of the report's statement (or of any statement with its columns). */
    record Row(String figure, String key, long count, Double value) {
    }

    private final JpaUnitOfWork unitOfWork;

    SqlMonitoring(JpaUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public MonitoringReport reportFor(LocalDate from, LocalDate to, LocalDate today) {
        Seq<Row> rows = unitOfWork.inTransaction(() -> List.ofAll(resultOf(unitOfWork.em()
                .createNativeQuery(REPORT)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("today", today)))
                .map(r -> new Row((String) r[0], (String) r[1], ((Number) r[2]).longValue(),
                        r[3] == null ? null : ((Number) r[3]).doubleValue())));
        return reportOf(from, to, rows);
    }

    /** The report those rows make: each figure by its key, or its total. */
    static MonitoringReport reportOf(LocalDate from, LocalDate to, Seq<Row> rows) {
        return new MonitoringReport(from, to,
                counts(rows, Figure.ACTIONS, ActionCategory::valueOf),
                counts(rows, Figure.MEASURES, MeasureKind::valueOf),
                counts(rows, Figure.TEAMS, Function.identity()),
                counts(rows, Figure.LEVELS, AuthorityLevel::valueOf),
                total(rows, Figure.WARNINGS), total(rows, Figure.WARNINGS_FOLLOWED), total(rows, Figure.IMMEDIATE),
                total(rows, Figure.APPEALS_LODGED),
                counts(rows, Figure.APPEAL_OUTCOMES, AppealOutcome::valueOf),
                total(rows, Figure.APPEALS_LATE),
                rows.find(r -> r.figure().equals("MEDIAN")).flatMap(r -> Option.of(r.value())),
                rows.filter(r -> r.figure().equals("PAST_REVIEW")).map(Row::count).sum().longValue(),
                total(rows, Figure.DECISIONS_IN_ERROR), total(rows, Figure.ACTIONS_IN_ERROR),
                total(rows, Figure.WARNINGS_IN_ERROR),
                rows.filter(r -> r.figure().equals("LAPSED")).map(Row::count).sum().longValue());
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<Object[]> resultOf(jakarta.persistence.Query query) {
        return query.getResultList();
    }

    private static <K> Map<K, Long> counts(Seq<Row> rows, Figure figure, Function<String, K> key) {
        return HashMap.ofEntries(rows.filter(r -> r.figure().equals(figure.name()) && r.count() > 0)
                .map(r -> io.vavr.Tuple.of(key.apply(r.key()), r.count())));
    }

    private static long total(Seq<Row> rows, Figure figure) {
        return rows.filter(r -> r.figure().equals(figure.name())).map(Row::count).sum().longValue();
    }
}

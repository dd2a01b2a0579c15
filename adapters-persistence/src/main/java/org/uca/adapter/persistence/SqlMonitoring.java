package org.uca.adapter.persistence;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.function.Function;
import org.uca.application.port.out.MonitoringData;
import org.uca.application.port.out.MonitoringReport;
import org.uca.domain.cases.ActionCategory;
import org.uca.domain.cases.AppealOutcome;
import org.uca.domain.measures.MeasureKind;
import org.uca.domain.people.AuthorityLevel;

/**
 * Monitoring for the Service Development Team, computed where the data is: one SQL statement of GROUP BY
 * aggregates over the projections, whatever the number of cases. The SQL is plain ANSI (UNION ALL, GROUP BY,
 * EXISTS, PERCENTILE_CONT ... WITHIN GROUP) and runs unchanged on PostgreSQL and H2.
 */
final class SqlMonitoring implements MonitoringData {

    /** Each row: which figure, the key it is counted by (or null), the count, and the median (only for MEDIAN). */
    static final String REPORT = """
            select 'ACTIONS' as figure, a.category as figure_key, count(*) as n, cast(null as double precision) as v
              from case_action a where a.occurred_on between :from and :to group by a.category
            union all
            select 'MEASURES', m.kind, count(*), cast(null as double precision)
              from decision_measure m join case_decision d on d.case_id = m.case_id and d.decision_no = m.decision_no
             where d.authorised_on between :from and :to group by m.kind
            union all
            select 'TEAMS', d.team, count(*), cast(null as double precision)
              from case_decision d where d.authorised_on between :from and :to group by d.team
            union all
            select 'LEVELS', d.authorised_level, count(*), cast(null as double precision)
              from case_decision d where d.authorised_on between :from and :to group by d.authorised_level
            union all
            select 'IMMEDIATE', cast(null as varchar(200)), count(*), cast(null as double precision)
              from case_decision d where d.authorised_on between :from and :to and d.immediate = true
            union all
            select 'WARNINGS', cast(null as varchar(200)), count(*), cast(null as double precision)
              from case_warning w where w.issued_on between :from and :to
            union all
            select 'WARNINGS_FOLLOWED', cast(null as varchar(200)), count(*), cast(null as double precision)
              from case_warning w where w.issued_on between :from and :to
               and exists (select 1 from case_decision d where d.case_id = w.case_id and d.after_warning = w.warning_no)
            union all
            select 'APPEALS_LODGED', cast(null as varchar(200)), count(*), cast(null as double precision)
              from case_appeal p where p.received between :from and :to
            union all
            select 'APPEAL_OUTCOMES', p.outcome, count(*), cast(null as double precision)
              from case_appeal p where p.decided_on between :from and :to group by p.outcome
            union all
            select 'APPEALS_LATE', cast(null as varchar(200)), count(*), cast(null as double precision)
              from case_appeal p where p.decided_on between :from and :to and p.late = true
            union all
            select 'MEDIAN', cast(null as varchar(200)), count(*),
                   cast(percentile_cont(0.5) within group (order by d.days_from_first_action) as double precision)
              from case_decision d where d.authorised_on between :from and :to
            union all
            select 'PAST_REVIEW', cast(null as varchar(200)), count(*), cast(null as double precision)
              from case_decision d where d.status = 'IN_FORCE' and d.review_date < :today
            """;

    private record Row(String figure, String key, long count, Double value) {
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
        return new MonitoringReport(from, to,
                counts(rows, "ACTIONS", ActionCategory::valueOf),
                counts(rows, "MEASURES", MeasureKind::valueOf),
                counts(rows, "TEAMS", Function.identity()),
                counts(rows, "LEVELS", AuthorityLevel::valueOf),
                total(rows, "WARNINGS"), total(rows, "WARNINGS_FOLLOWED"), total(rows, "IMMEDIATE"),
                total(rows, "APPEALS_LODGED"),
                counts(rows, "APPEAL_OUTCOMES", AppealOutcome::valueOf),
                total(rows, "APPEALS_LATE"),
                rows.find(r -> r.figure().equals("MEDIAN")).flatMap(r -> Option.of(r.value())),
                total(rows, "PAST_REVIEW"));
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<Object[]> resultOf(jakarta.persistence.Query query) {
        return query.getResultList();
    }

    private static <K> Map<K, Long> counts(Seq<Row> rows, String figure, Function<String, K> key) {
        return HashMap.ofEntries(rows.filter(r -> r.figure().equals(figure) && r.count() > 0)
                .map(r -> io.vavr.Tuple.of(key.apply(r.key()), r.count())));
    }

    private static long total(Seq<Row> rows, String figure) {
        return rows.filter(r -> r.figure().equals(figure)).map(Row::count).sum().longValue();
    }
}

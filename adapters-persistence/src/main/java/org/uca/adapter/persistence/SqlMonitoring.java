package org.uca.adapter.persistence;

import io.vavr.collection.HashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.function.Function;
import org.uca.adapter.persistence.MonitoringCounts.Figure;
import org.uca.application.port.out.FairnessFigures;
import org.uca.application.port.out.FiledCorrespondenceFigures;
import org.uca.application.port.out.MonitoringData;
import org.uca.application.port.out.MonitoringReport;
import org.uca.application.port.out.TenancyProfile;
import org.uca.domain.calendar.EndedQuarter;
import org.uca.domain.calendar.Quarter;
import org.uca.domain.cases.ActionCategory;
import org.uca.domain.cases.AppealOutcome;
import org.uca.domain.measures.LandlordService;
import org.uca.domain.measures.MeasureKind;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.ProtectedCharacteristic;

/**
 * Monitoring for the Service Development Team, in one SQL statement whatever the number of cases: the counts kept
 * per day ({@code monitoring_day}, written with each save by {@link MonitoringCounts}) summed over the period, and
 * the two figures that are no sums of days, read from the decisions: the median days from a case's first action
 * to a decision (from an index alone), the restrictions in force past their review date today, and the restrictions
 * due for review in the period that lapsed (from the review index); and policy 5.2's fairness figures, read from
 * the decisions, warnings, actions and appeals of the period through their date indexes (decisions by authoriser,
 * cases by category, appeals by decision-maker, times to warning). The SQL is plain
 * ANSI (UNION ALL, GROUP BY, PERCENTILE_CONT ... WITHIN GROUP) and runs unchanged on PostgreSQL and H2.
 */
final class SqlMonitoring implements MonitoringData {

    /**
     * Policy 5.2's figures, read from the projections of the period through their date indexes (no sums of days):
     * decisions by authoriser, cases by category, appeals by decision-maker, decisions since replaced or corrected,
     * measures by the services they apply to, and the 90th percentile to decision and the median and 90th
     * percentile to warning.
     */
    static final String FAIRNESS = """
            select 'P90', '', count(*),
                   cast(percentile_cont(0.9) within group (order by d.days_from_first_action) as double precision)
              from case_decision d where d.authorised_on between :from and :to and d.status <> 'ENTERED_IN_ERROR'
            union all
            select 'TO_WARNING', '', count(*),
                   cast(percentile_cont(0.5) within group (order by w.days) as double precision)
              from (%1$s) w
            union all
            select 'TO_WARNING_P90', '', count(*),
                   cast(percentile_cont(0.9) within group (order by w.days) as double precision)
              from (%1$s) w
            union all
            select 'AUTHORISERS', d.authorised_by || '|' || d.authorised_level || '|' || coalesce(s.name, d.authorised_by),
                   count(*), cast(null as double precision)
              from case_decision d left join staff_member s on s.id = d.authorised_by
             where d.authorised_on between :from and :to and d.status <> 'ENTERED_IN_ERROR'
             group by d.authorised_by, d.authorised_level, s.name
            union all
            select 'REPLACED', '', count(*), cast(null as double precision)
              from case_decision d where d.authorised_on between :from and :to and d.status = 'REPLACED'
            union all
            select 'CORRECTED', '', count(*), cast(null as double precision)
              from case_decision d where d.authorised_on between :from and :to and d.status <> 'ENTERED_IN_ERROR'
               and d.amended = true
            union all
            select 'SERVICES', m.services, count(*), cast(null as double precision)
              from case_decision d join decision_measure m on m.case_id = d.case_id and m.decision_no = d.decision_no
             where d.authorised_on between :from and :to and d.status <> 'ENTERED_IN_ERROR' and m.services is not null
             group by m.services
            union all
            select 'NOTICES_WITHHELD', '', count(*), cast(null as double precision)
              from case_decision d where d.notice_withheld_on between :from and :to
               and d.status <> 'ENTERED_IN_ERROR'
            union all
            select 'NOTICES_STILL_WITHHELD', '', count(*), cast(null as double precision)
              from decision_notice_withheld w
              join case_decision d on d.case_id = w.case_id and d.decision_no = w.decision_no
             where w.withheld_on <= :to and (w.ended_on is null or w.ended_on > :to)
               and d.status <> 'ENTERED_IN_ERROR'
            union all
            select 'CATEGORY_CASES', a.category, count(distinct a.case_id), cast(null as double precision)
              from case_action a where a.occurred_on between :from and :to and a.entered_in_error = false
             group by a.category
            union all
            select 'CATEGORY_DECIDED', a.category, count(distinct a.case_id), cast(null as double precision)
              from case_action a where a.occurred_on between :from and :to and a.entered_in_error = false
               and exists (select 1 from case_decision d where d.case_id = a.case_id
                              and d.authorised_on between :from and :to and d.status <> 'ENTERED_IN_ERROR')
             group by a.category
            union all
            select 'APPEALED', d.authorised_by || '|LODGED|' || coalesce(s.name, d.authorised_by), count(*),
                   cast(null as double precision)
              from case_appeal p join case_decision d on d.case_id = p.case_id and d.decision_no = p.decision_no
              left join staff_member s on s.id = d.authorised_by
             where p.received between :from and :to
             group by d.authorised_by, s.name
            union all
            select 'APPEALED', d.authorised_by || '|' || p.outcome || '|' || coalesce(s.name, d.authorised_by),
                   count(*), cast(null as double precision)
              from case_appeal p join case_decision d on d.case_id = p.case_id and d.decision_no = p.decision_no
              left join staff_member s on s.id = d.authorised_by
             where p.decided_on between :from and :to and p.outcome is not null
             group by d.authorised_by, p.outcome, s.name
            """.formatted("""
            select cast((extract(epoch from w.issued_on) - extract(epoch from (select min(a.occurred_on)
                   from case_action a where a.case_id = w.case_id))) / 86400 as integer) as days
              from case_warning w where w.issued_on between :from and :to and w.entered_in_error = false""");

    /**
     * The tenancy profile (issue 15 §5), grouped in the database and never read resident by resident: for each
     * protected characteristic, the residents by value in the whole tenancy (those whose tenancy had not ended by the
     * period's last day), and those whose case had a decision authorised in the period (not entered in error), each
     * resident once; the key is {@code CHARACTERISTIC|value}, the value empty where none is held. Part of the
     * report's one statement only for a whole quarter that has ended ({@link EndedQuarter}).
     */
    static final String PROFILE = List.of(ProtectedCharacteristic.values()).map(c -> """
            select 'PROFILE_ALL', '%1$s|' || coalesce(r.%2$s, ''), count(*), cast(null as double precision)
              from resident r where r.tenancy_end is null or r.tenancy_end >= :to group by r.%2$s
            union all
            select 'PROFILE_RESTRICTED', '%1$s|' || coalesce(r.%2$s, ''), count(distinct c.resident_id),
                   cast(null as double precision)
              from uca_case c left join resident r on r.id = c.resident_id
             where c.id in (select d.case_id from case_decision d where d.authorised_on between :from and :to
                               and d.status <> 'ENTERED_IN_ERROR')
             group by r.%2$s
            """.formatted(c.name(), c.column())).mkString("union all\n");

    /**
     * Each row: which figure, the key it is counted by ('' for none), the count, and the median (only for MEDIAN).
     * Correspondence not screened by its deadline stands as on {@code :overdue_on}
     * ({@link FiledCorrespondenceFigures#overdueAsOn}).
     */
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
            union all
            select 'FILED', '', count(*), cast(null as double precision)
              from case_correspondence f where f.received_on between :from and :to
            union all
            select 'FILED_LATE', '', count(*), cast(null as double precision)
              from case_correspondence f where f.received_on between :from and :to and f.late = true
            union all
            select 'FILED_OVERDUE', '', count(*), cast(null as double precision)
              from case_correspondence f where f.received_on between :from and :to and f.screen_by < :overdue_on
               and (f.screened_on is null or f.screened_on > :overdue_on)
            union all
            select 'FILED_NEW_ISSUE', '', count(*), cast(null as double precision)
              from case_correspondence f where f.received_on between :from and :to and f.new_issue = true
            union all
            select 'FILED_SAFEGUARDING', '', count(*), cast(null as double precision)
              from case_correspondence f where f.received_on between :from and :to and f.safeguarding = true
            union all
            """ + FAIRNESS;

    /** The report with the tenancy profile, for a whole quarter that has ended. */
    static final String REPORT_WITH_PROFILE = REPORT + "union all\n" + PROFILE;


    /** One row of the report's statement (or of any statement with its columns). */
    record Row(String figure, String key, long count, Double value) {
    }

    private final JpaUnitOfWork unitOfWork;

    SqlMonitoring(JpaUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public Option<TenancyProfile> publishedProfile(Quarter quarter) {
        return unitOfWork.inTransaction(() -> {
            java.util.List<?> counts = unitOfWork.em()
                    .createNativeQuery("select counts from published_tenancy_profile where quarter = :quarter")
                    .setParameter("quarter", quarter.toString()).getResultList();
            return List.ofAll(counts).headOption().map(c -> PublishedProfiles.read((String) c));
        });
    }

    /**
     * Inserted only where none is there yet: two first asking for the quarter at the same moment may both insert,
     * and the second is refused by the primary key (MonitoringService then reads the first's).
     */
    @Override
    public boolean publishProfile(Quarter quarter, TenancyProfile profile, java.time.Instant at) {
        int inserted = unitOfWork.inTransaction(() -> unitOfWork.em().createNativeQuery(
                        "insert into published_tenancy_profile (quarter, published_at, counts)"
                                + " select :quarter, :at, :counts from (values (1)) one (n) where not exists"
                                + " (select 1 from published_tenancy_profile where quarter = :quarter)")
                .setParameter("quarter", quarter.toString())
                .setParameter("at", at)
                .setParameter("counts", PublishedProfiles.written(profile))
                .executeUpdate());
        return inserted == 1;
    }

    @Override
    public MonitoringReport reportFor(LocalDate from, LocalDate to, LocalDate today, boolean withProfile) {
        Option<EndedQuarter> profiled = EndedQuarter.of(from, to, today).filter(q -> withProfile);
        Seq<Row> rows = unitOfWork.inTransaction(() -> List.ofAll(resultOf(unitOfWork.em()
                .createNativeQuery(profiled.isDefined() ? REPORT_WITH_PROFILE : REPORT)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("today", today)
                .setParameter("overdue_on", FiledCorrespondenceFigures.overdueAsOn(to, today))))
                .map(r -> new Row((String) r[0], (String) r[1], ((Number) r[2]).longValue(),
                        r[3] == null ? null : ((Number) r[3]).doubleValue())));
        return reportOf(from, to, profiled.isDefined(), rows);
    }

    /**
     * The report those rows make: each figure by its key, or its total; the tenancy profile only where it was
     * {@code profiled} (a whole quarter that has ended, not yet published).
     */
    static MonitoringReport reportOf(LocalDate from, LocalDate to, boolean profiled, Seq<Row> rows) {
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
                total(rows, "PAST_REVIEW"),
                total(rows, Figure.DECISIONS_IN_ERROR), total(rows, Figure.ACTIONS_IN_ERROR),
                total(rows, Figure.WARNINGS_IN_ERROR),
                total(rows, "LAPSED"),
                fairnessOf(rows, profiled),
                new FiledCorrespondenceFigures(total(rows, "FILED"), total(rows, "FILED_LATE"),
                        total(rows, "FILED_OVERDUE"), total(rows, "FILED_NEW_ISSUE"),
                        total(rows, "FILED_SAFEGUARDING")));
    }

    /** Policy 5.2's figures from their rows: keys are {@code staff|level|name} and {@code staff|outcome|name}. */
    private static FairnessFigures fairnessOf(Seq<Row> rows, boolean profiled) {
        Seq<FairnessFigures.AuthoriserDecisions> byAuthoriser = rows.filter(r -> r.figure().equals("AUTHORISERS"))
                .map(r -> {
                    String[] key = r.key().split("\\|", 3);
                    return new FairnessFigures.AuthoriserDecisions(key[0], key[2], AuthorityLevel.valueOf(key[1]),
                            r.count());
                });
        Map<String, Long> cases = counts(rows, "CATEGORY_CASES");
        Map<String, Long> decided = counts(rows, "CATEGORY_DECIDED");
        Map<ActionCategory, FairnessFigures.CategoryCases> byCategory = cases.map((category, n) -> io.vavr.Tuple.of(
                ActionCategory.valueOf(category),
                new FairnessFigures.CategoryCases(n, decided.get(category).getOrElse(0L))));
        Seq<FairnessFigures.AppealsByDecisionMaker> appeals = rows.filter(r -> r.figure().equals("APPEALED"))
                .map(r -> io.vavr.Tuple.of(r.key().split("\\|", 3), r.count()))
                .groupBy(t -> t._1[0]).toList()
                .map(g -> {
                    Map<String, Long> n = HashMap.ofEntries(g._2.map(t -> io.vavr.Tuple.of(t._1[1], t._2)));
                    return new FairnessFigures.AppealsByDecisionMaker(g._1, g._2.head()._1[2],
                            n.get("LODGED").getOrElse(0L),
                            n.get(AppealOutcome.DECISION_UPHELD.name()).getOrElse(0L),
                            n.get(AppealOutcome.DECISION_VARIED.name()).getOrElse(0L),
                            n.get(AppealOutcome.DECISION_OVERTURNED.name()).getOrElse(0L));
                });
        return new FairnessFigures(byAuthoriser, byCategory, appeals, total(rows, "REPLACED"),
                times(rows, "TO_WARNING", "TO_WARNING_P90"), times(rows, "MEDIAN", "P90"),
                profiled ? Option.some(profileOf(rows)) : Option.none(),
                total(rows, "CORRECTED"), servicesOf(rows), total(rows, "NOTICES_WITHHELD"),
                total(rows, "NOTICES_STILL_WITHHELD"));
    }

    /** The measures by service from their rows, keyed as {@code decision_measure.services} holds them. */
    private static FairnessFigures.MeasuresByService servicesOf(Seq<Row> rows) {
        var scoped = rows.filter(r -> r.figure().equals("SERVICES"))
                .partition(r -> r.key().equals(Projections.ALL_SERVICES));
        Seq<Row> named = scoped._2;
        return new FairnessFigures.MeasuresByService(total(scoped._1, "SERVICES"), total(named, "SERVICES"),
                HashMap.ofEntries(named
                        .flatMap(r -> List.of(r.key().split(",")).map(s -> io.vavr.Tuple.of(LandlordService.valueOf(s),
                                r.count())))
                        .groupBy(t -> t._1).mapValues(ts -> ts.map(t -> t._2).sum().longValue())));
    }

    /** The tenancy profile from its rows, keyed {@code CHARACTERISTIC|value}. */
    private static TenancyProfile profileOf(Seq<Row> rows) {
        return TenancyProfile.of(rows.filter(r -> r.figure().startsWith("PROFILE_")).map(r -> {
            String[] key = r.key().split("\\|", 2);
            boolean restricted = r.figure().equals("PROFILE_RESTRICTED");
            return new TenancyProfile.Count(ProtectedCharacteristic.valueOf(key[0]), key[1],
                    restricted ? r.count() : 0, restricted ? 0 : r.count());
        }));
    }

    private static FairnessFigures.Times times(Seq<Row> rows, String median, String ninetieth) {
        Option<Row> m = rows.find(r -> r.figure().equals(median));
        return new FairnessFigures.Times(m.map(Row::count).getOrElse(0L), m.flatMap(r -> Option.of(r.value())),
                rows.find(r -> r.figure().equals(ninetieth)).flatMap(r -> Option.of(r.value())));
    }

    private static Map<String, Long> counts(Seq<Row> rows, String figure) {
        return HashMap.ofEntries(rows.filter(r -> r.figure().equals(figure))
                .map(r -> io.vavr.Tuple.of(r.key(), r.count())));
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
        return total(rows, figure.name());
    }

    private static long total(Seq<Row> rows, String figure) {
        return rows.filter(r -> r.figure().equals(figure)).map(Row::count).sum().longValue();
    }
}

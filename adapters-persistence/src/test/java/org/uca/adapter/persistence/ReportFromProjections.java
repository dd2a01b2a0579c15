package org.uca.adapter.persistence;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.uca.application.port.out.MonitoringReport;

/**
 * The test oracle for the monitoring counts: the monitoring report as UCA computed it before migration 8, straight
 * from the projection tables (every action, decision, measure, warning and appeal in the period scanned), by plain
 * JDBC. The counts kept per day must always give the same report. (Since decisions, warnings and actions can be
 * entered in error, those are counted apart and left out of every other figure: the statement says so.)
 */
final class ReportFromProjections {

    /**
     * {@code SqlMonitoring.REPORT} as it was up to migration 7, with the fairness figures of policy 5.2 (read from
     * the projections in both: they are no sums of days).
     */
    static final String REPORT = """
            select 'ACTIONS' as figure, a.category as figure_key, count(*) as n, cast(null as double precision) as v
              from case_action a where a.occurred_on between :from and :to and a.entered_in_error = false
             group by a.category
            union all
            select 'MEASURES', m.kind, count(*), cast(null as double precision)
              from decision_measure m join case_decision d on d.case_id = m.case_id and d.decision_no = m.decision_no
             where d.authorised_on between :from and :to and d.status <> 'ENTERED_IN_ERROR' group by m.kind
            union all
            select 'TEAMS', d.team, count(*), cast(null as double precision)
              from case_decision d where d.authorised_on between :from and :to and d.status <> 'ENTERED_IN_ERROR'
             group by d.team
            union all
            select 'LEVELS', d.authorised_level, count(*), cast(null as double precision)
              from case_decision d where d.authorised_on between :from and :to and d.status <> 'ENTERED_IN_ERROR'
             group by d.authorised_level
            union all
            select 'IMMEDIATE', cast(null as varchar(200)), count(*), cast(null as double precision)
              from case_decision d where d.authorised_on between :from and :to and d.immediate = true
               and d.status <> 'ENTERED_IN_ERROR'
            union all
            select 'WARNINGS', cast(null as varchar(200)), count(*), cast(null as double precision)
              from case_warning w where w.issued_on between :from and :to and w.entered_in_error = false
            union all
            select 'WARNINGS_FOLLOWED', cast(null as varchar(200)), count(*), cast(null as double precision)
              from case_warning w where w.issued_on between :from and :to and w.entered_in_error = false
               and exists (select 1 from case_decision d where d.case_id = w.case_id and d.after_warning = w.warning_no
                           and d.status <> 'ENTERED_IN_ERROR')
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
              from case_decision d where d.authorised_on between :from and :to and d.status <> 'ENTERED_IN_ERROR'
            union all
            select 'PAST_REVIEW', cast(null as varchar(200)), count(*), cast(null as double precision)
              from case_decision d where d.status = 'IN_FORCE' and d.review_date < :today
            union all
            select 'DECISIONS_IN_ERROR', cast(null as varchar(200)), count(*), cast(null as double precision)
              from case_decision d where d.authorised_on between :from and :to and d.status = 'ENTERED_IN_ERROR'
            union all
            select 'ACTIONS_IN_ERROR', cast(null as varchar(200)), count(*), cast(null as double precision)
              from case_action a where a.occurred_on between :from and :to and a.entered_in_error = true
            union all
            select 'WARNINGS_IN_ERROR', cast(null as varchar(200)), count(*), cast(null as double precision)
              from case_warning w where w.issued_on between :from and :to and w.entered_in_error = true
            union all
            select 'LAPSED', cast(null as varchar(200)), count(*), cast(null as double precision)
              from case_decision d where d.status = 'LAPSED' and d.review_date between :from and :to
            union all
            """ + SqlMonitoring.FAIRNESS;

    private static final Pattern PARAMETER = Pattern.compile(":(from|to|today)\\b");

    private ReportFromProjections() {
    }

    static MonitoringReport reportFor(Connection connection, LocalDate from, LocalDate to, LocalDate today)
            throws SQLException {
        java.util.List<LocalDate> values = new ArrayList<>();
        Matcher m = PARAMETER.matcher(REPORT);
        while (m.find()) {
            values.add(m.group(1).equals("from") ? from : m.group(1).equals("to") ? to : today);
        }
        Seq<SqlMonitoring.Row> rows = List.empty();
        try (PreparedStatement s = connection.prepareStatement(PARAMETER.matcher(REPORT).replaceAll("?"))) {
            for (int i = 0; i < values.size(); i++) {
                s.setObject(i + 1, values.get(i));
            }
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Number value = (Number) r.getObject(4);
                    rows = rows.append(new SqlMonitoring.Row(r.getString(1), r.getString(2), r.getLong(3),
                            value == null ? null : value.doubleValue()));
                }
            }
        }
        return SqlMonitoring.reportOf(from, to, org.uca.domain.calendar.EndedQuarter.of(from, to, today).isDefined(),
                rows);
    }
}

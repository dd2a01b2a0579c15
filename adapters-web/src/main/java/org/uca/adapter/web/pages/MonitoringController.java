package org.uca.adapter.web.pages;

import static org.uca.adapter.web.http.Outcomes.orFail;

import io.javalin.http.Context;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.uca.adapter.web.http.HttpProblem;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.security.RoleBeforeInput;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.adapter.web.view.MonitoringPage;
import org.uca.adapter.web.view.PageFrame;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.MonitoringQuery;
import org.uca.application.port.in.Task;
import org.uca.application.port.out.MonitoringReport;
import org.uca.domain.cases.ActionCategory;
import org.uca.domain.cases.AppealOutcome;
import org.uca.domain.measures.MeasureKind;
import org.uca.domain.people.AuthorityLevel;

/** The monitoring report for the Service Development Team: figures, SVG charts with tables, and a CSV download. */
public final class MonitoringController {

    private final PageWriter pages;
    private final RoleBeforeInput roleFirst;
    private final FormDefaults defaults;
    private final MonitoringQuery monitoring;

    MonitoringController(PageWriter pages, RoleBeforeInput roleFirst, FormDefaults defaults,
            MonitoringQuery monitoring) {
        this.pages = pages;
        this.roleFirst = roleFirst;
        this.defaults = defaults;
        this.monitoring = monitoring;
    }

    public void register(RouteTable routes) {
        routes.get("/monitoring", this::monitoring);
        routes.get("/monitoring.csv", this::monitoringCsv);
    }

    private record Period(LocalDate from, LocalDate to) {
    }

    /** The period asked for (the last 12 months by default), or none when a date is not a date. */
    private Option<Period> period(Context ctx) {
        LocalDate today = defaults.today();
        try {
            LocalDate from = Option.of(ctx.queryParam("from")).filter(s -> !s.isBlank()).map(LocalDate::parse)
                    .getOrElse(today.minusMonths(12));
            LocalDate to = Option.of(ctx.queryParam("to")).filter(s -> !s.isBlank()).map(LocalDate::parse)
                    .getOrElse(today);
            return Option.some(new Period(from, to));
        } catch (DateTimeParseException e) {
            return Option.none();
        }
    }

    private void monitoring(Context ctx) {
        Option<Period> asked = period(ctx);
        PageFrame frame = pages.frame(ctx, "Monitoring report");
        if (asked.isEmpty()) {
            roleFirst.refuseUnlessOffered(ctx, Task.SEE_MONITORING);
            refused(ctx, frame, "", "", "Enter the period as real dates, for example 2026-01-01.");
            return;
        }
        Period p = asked.get();
        Either<Failure, MonitoringReport> report = monitoring.report(RequestSessions.me(ctx), p.from(), p.to());
        if (report.isLeft() && report.getLeft() instanceof Failure.Refused refused) {
            refused(ctx, frame, p.from().toString(), p.to().toString(), refused.refusal().problems().head().reason());
            return;
        }
        MonitoringReport r = orFail(report);
        List<MonitoringPage.Figure> figures = List.of(
                new MonitoringPage.Figure("Decisions", String.valueOf(r.decisions())),
                new MonitoringPage.Figure("Warnings issued", String.valueOf(r.warnings())),
                new MonitoringPage.Figure("Warnings later followed by a restriction",
                        String.valueOf(r.warningsFollowedByRestriction())),
                new MonitoringPage.Figure("Immediate actions for safety", String.valueOf(r.immediateActions())),
                new MonitoringPage.Figure("Appeals lodged", String.valueOf(r.appealsLodged())),
                new MonitoringPage.Figure("Appeals decided late", String.valueOf(r.appealsDecidedLate())),
                new MonitoringPage.Figure("Median days from first action to decision",
                        r.medianDaysFromFirstActionToDecision().map(d -> String.format("%.1f", d)).getOrElse("–")),
                new MonitoringPage.Figure("Restrictions past their review date",
                        String.valueOf(r.restrictionsPastReviewDate())),
                new MonitoringPage.Figure("Restrictions lapsed: due for review in the period, not reviewed in time",
                        String.valueOf(r.restrictionsLapsed())),
                new MonitoringPage.Figure("Decisions entered in error (not counted above)",
                        String.valueOf(r.decisionsEnteredInError())),
                new MonitoringPage.Figure("Warnings entered in error (not counted above)",
                        String.valueOf(r.warningsEnteredInError())),
                new MonitoringPage.Figure("Actions entered in error (not counted by category)",
                        String.valueOf(r.actionsEnteredInError())));
        List<MonitoringPage.Chart> charts = List.of(
                chart("actions", "Unacceptable actions by category", rows(r.actionsByCategory(),
                        ActionCategory::label)),
                chart("measures", "Measures authorised by kind", rows(r.measuresByKind(), MeasureKind::label)),
                chart("levels", "Decisions by authority level", rows(r.decisionsByAuthorityLevel(),
                        AuthorityLevel::title)),
                chart("teams", "Decisions by team", rows(r.decisionsByTeam(), s -> s)),
                chart("appeals", "Appeal outcomes", rows(r.appealOutcomes(), AppealOutcome::label)));
        pages.render(ctx, "monitoring.jte", new MonitoringPage(frame, p.from().toString(), p.to().toString(),
                null, "/monitoring.csv?from=" + p.from() + "&to=" + p.to(), figures, charts));
    }

    private void refused(Context ctx, PageFrame frame, String from, String to, String error) {
        ctx.status(422);
        pages.render(ctx, "monitoring.jte", new MonitoringPage(frame.withErrors(List.of(
                new PageFrame.ErrorItem(error, "#from"))), from, to, error, "", List.of(), List.of()));
    }

    private static <K> List<Map.Entry<String, Long>> rows(io.vavr.collection.Map<K, Long> counts,
            Function<K, String> label) {
        return counts.toJavaMap(LinkedHashMap::new, t -> t).entrySet().stream()
                .map(e -> Map.entry(label.apply(e.getKey()), e.getValue())).toList();
    }

    private static MonitoringPage.Chart chart(String id, String title, List<Map.Entry<String, Long>> rows) {
        long max = rows.stream().mapToLong(Map.Entry::getValue).max().orElse(0);
        List<MonitoringPage.Bar> bars = new ArrayList<>();
        int y = 4;
        for (Map.Entry<String, Long> row : rows) {
            int width = max == 0 ? 0 : (int) Math.max(row.getValue() > 0 ? 2 : 0, 300 * row.getValue() / max);
            String label = row.getKey().length() > 48 ? row.getKey().substring(0, 46) + "…" : row.getKey();
            bars.add(new MonitoringPage.Bar(label, row.getValue(), y, width, y + 15));
            y += 28;
        }
        return new MonitoringPage.Chart(id, title, 700, Math.max(y + 4, 30), bars);
    }

    private void monitoringCsv(Context ctx) {
        if (period(ctx).isEmpty()) {
            roleFirst.refuseUnlessOffered(ctx, Task.SEE_MONITORING);
        }
        Period p = period(ctx).getOrElseThrow(() -> new HttpProblem(422, "The period is not valid",
                "Enter the period as real dates."));
        MonitoringReport r = orFail(monitoring.report(RequestSessions.me(ctx), p.from(), p.to()));
        StringBuilder csv = new StringBuilder("measure,category,count\r\n");
        section(csv, "Actions by category", rows(r.actionsByCategory(), ActionCategory::label));
        section(csv, "Measures by kind", rows(r.measuresByKind(), MeasureKind::label));
        section(csv, "Decisions by authority level", rows(r.decisionsByAuthorityLevel(), AuthorityLevel::title));
        section(csv, "Decisions by team", rows(r.decisionsByTeam(), s -> s));
        section(csv, "Appeal outcomes", rows(r.appealOutcomes(), AppealOutcome::label));
        csv.append("Totals,Warnings issued,").append(r.warnings()).append("\r\n");
        csv.append("Totals,Warnings followed by a restriction,").append(r.warningsFollowedByRestriction())
                .append("\r\n");
        csv.append("Totals,Immediate actions,").append(r.immediateActions()).append("\r\n");
        csv.append("Totals,Appeals lodged,").append(r.appealsLodged()).append("\r\n");
        csv.append("Totals,Appeals decided late,").append(r.appealsDecidedLate()).append("\r\n");
        csv.append("Totals,Restrictions past review date,").append(r.restrictionsPastReviewDate()).append("\r\n");
        csv.append("Totals,Restrictions lapsed,").append(r.restrictionsLapsed()).append("\r\n");
        csv.append("Totals,Decisions entered in error,").append(r.decisionsEnteredInError()).append("\r\n");
        csv.append("Totals,Warnings entered in error,").append(r.warningsEnteredInError()).append("\r\n");
        csv.append("Totals,Actions entered in error,").append(r.actionsEnteredInError()).append("\r\n");
        ctx.header("Content-Disposition", "attachment; filename=\"uca-monitoring-" + p.from() + "-to-" + p.to()
                + ".csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(csv.toString());
    }

    private static void section(StringBuilder csv, String name, List<Map.Entry<String, Long>> rows) {
        rows.forEach(row -> csv.append(csvCell(name)).append(',').append(csvCell(row.getKey())).append(',')
                .append(row.getValue()).append("\r\n"));
    }

    /** A CSV cell, quoted, and never starting a spreadsheet formula. */
    private static String csvCell(String value) {
        String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}

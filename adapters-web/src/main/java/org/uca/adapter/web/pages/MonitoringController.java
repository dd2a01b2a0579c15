package org.uca.adapter.web.pages;

import static org.uca.adapter.web.http.Outcomes.orFail;

import io.javalin.http.Context;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
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
        List<MonitoringPage.Figure> figures = MonitoringFigures.figures(r);
        List<MonitoringPage.Chart> charts = MonitoringFigures.charts(r);
        pages.render(ctx, "monitoring.jte", new MonitoringPage(frame, p.from().toString(), p.to().toString(),
                null, "/monitoring.csv?from=" + p.from() + "&to=" + p.to(), figures, charts,
                MonitoringFigures.profiles(r), r.fairness().tenancyProfile().isDefined(),
                MonitoringFigures.endedQuarters(defaults.today())));
    }

    private void refused(Context ctx, PageFrame frame, String from, String to, String error) {
        ctx.status(422);
        pages.render(ctx, "monitoring.jte", new MonitoringPage(frame.withErrors(List.of(
                new PageFrame.ErrorItem(error, "#from"))), from, to, error, "", List.of(), List.of()));
    }

    private void monitoringCsv(Context ctx) {
        if (period(ctx).isEmpty()) {
            roleFirst.refuseUnlessOffered(ctx, Task.SEE_MONITORING);
        }
        Period p = period(ctx).getOrElseThrow(() -> new HttpProblem(422, "The period is not valid",
                "Enter the period as real dates."));
        MonitoringReport r = orFail(monitoring.report(RequestSessions.me(ctx), p.from(), p.to()));
        ctx.header("Content-Disposition", "attachment; filename=\"uca-monitoring-" + p.from() + "-to-" + p.to()
                + ".csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(csv(r));
    }

    /**
     * Every figure, every chart's table and every tenancy profile the page shows, one line each: what, which, the
     * count, of what, rate (a profile's value twice: restricted residents, then all residents); for a period that is
     * no whole ended quarter, one line saying the profile is not given, and why.
     */
    static String csv(MonitoringReport r) {
        StringBuilder csv = new StringBuilder("measure,category,count,out of,rate\r\n");
        for (MonitoringPage.Figure f : MonitoringFigures.figures(r)) {
            csv.append("Totals,").append(csvCell(f.label())).append(',').append(f.value()).append(',')
                    .append(f.outOf()).append(',').append(f.rate()).append("\r\n");
        }
        for (MonitoringPage.Chart c : MonitoringFigures.charts(r)) {
            for (MonitoringPage.Bar b : c.bars()) {
                csv.append(csvCell(c.title())).append(',').append(csvCell(b.label())).append(',').append(b.value())
                        .append(',').append(b.outOf()).append(',').append(b.rate()).append("\r\n");
            }
        }
        if (r.fairness().tenancyProfile().isEmpty()) {
            csv.append(csvCell(MonitoringFigures.PROFILE_TITLE)).append(',')
                    .append(csvCell(MonitoringFigures.NOT_GIVEN)).append(",,,\r\n");
        }
        // Each value's two counts, out of their column's total, as the page's table has them ("<5" included).
        for (MonitoringPage.Profile p : MonitoringFigures.profiles(r)) {
            for (MonitoringPage.ProfileRow row : p.rows()) {
                String measure = csvCell(MonitoringFigures.PROFILE_TITLE + ": " + p.title());
                csv.append(measure).append(',').append(csvCell(row.value() + ": " + MonitoringFigures.RESTRICTED))
                        .append(',').append(row.restricted()).append(',').append(p.total().restricted()).append(',')
                        .append(row.restrictedShare()).append("\r\n");
                csv.append(measure).append(',').append(csvCell(row.value() + ": " + MonitoringFigures.ALL))
                        .append(',').append(row.all()).append(',').append(p.total().all()).append(',')
                        .append(row.allShare()).append("\r\n");
            }
        }
        return csv.toString();
    }

    /** A CSV cell, quoted, and never starting a spreadsheet formula. */
    private static String csvCell(String value) {
        String safe = value.matches("^[=+\\-@].*") ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}

package org.uca.adapter.web.pages;

import static org.uca.adapter.web.http.Outcomes.orFail;

import io.javalin.http.Context;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.uca.adapter.web.http.HttpProblem;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.letters.LetterPdfs;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.adapter.web.security.RoleBeforeInput;
import org.uca.adapter.web.view.BoardPack;
import org.uca.adapter.web.view.UkDates;
import org.uca.application.port.in.MonitoringQuery;
import org.uca.application.port.in.Task;
import org.uca.application.port.out.MonitoringReport;

/**
 * The quarterly board pack (issue 15 §5): the monitoring report for a calendar quarter as a PDF, with the same
 * figures and charts as the monitoring page ({@link MonitoringFigures}).
 */
final class BoardPackController {

    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    private final RoleBeforeInput roleFirst;
    private final FormDefaults defaults;
    private final MonitoringQuery monitoring;
    private final LetterPdfs pdfs;

    BoardPackController(RoleBeforeInput roleFirst, FormDefaults defaults, MonitoringQuery monitoring,
            LetterPdfs pdfs) {
        this.roleFirst = roleFirst;
        this.defaults = defaults;
        this.monitoring = monitoring;
        this.pdfs = pdfs;
    }

    void register(RouteTable routes) {
        routes.get("/monitoring/board-pack.pdf", this::boardPack);
    }

    /** The first day of a quarter such as 2026-Q3; the last complete quarter when none is asked for. */
    static Option<LocalDate> quarterStart(String asked, LocalDate today) {
        if (asked == null || asked.isBlank()) {
            LocalDate thisQuarter = LocalDate.of(today.getYear(), (today.getMonthValue() - 1) / 3 * 3 + 1, 1);
            return Option.some(thisQuarter.minusMonths(3));
        }
        Matcher m = QUARTER.matcher(asked.strip());
        return m.matches()
                ? Option.some(LocalDate.of(Integer.parseInt(m.group(1)), (Integer.parseInt(m.group(2)) - 1) * 3 + 1, 1))
                : Option.none();
    }

    private void boardPack(Context ctx) {
        Option<LocalDate> start = quarterStart(ctx.queryParam("quarter"), defaults.today());
        if (start.isEmpty()) {
            roleFirst.refuseUnlessOffered(ctx, Task.SEE_MONITORING);
        }
        LocalDate from = start.getOrElseThrow(() -> new HttpProblem(422, "The quarter is not valid",
                "Enter the quarter as a year and quarter, for example 2026-Q3 (July to September 2026)."));
        LocalDate to = from.plusMonths(3).minusDays(1);
        MonitoringReport r = orFail(monitoring.report(RequestSessions.me(ctx), from, to));
        String quarter = from.getYear() + " Q" + ((from.getMonthValue() - 1) / 3 + 1);
        byte[] pdf = pdfs.pdf("board-pack-pdf.jte", new BoardPack(pdfs.landlord().name(), quarter,
                UkDates.date(from), UkDates.date(to), UkDates.date(defaults.today()), MonitoringFigures.figures(r),
                MonitoringFigures.charts(r), MonitoringFigures.profiles(r)), "The board pack");
        ctx.contentType("application/pdf");
        ctx.header("Content-Disposition", "attachment; filename=\"uca-board-pack-" + from.getYear() + "-q"
                + ((from.getMonthValue() - 1) / 3 + 1) + ".pdf\"");
        ctx.result(pdf);
    }
}

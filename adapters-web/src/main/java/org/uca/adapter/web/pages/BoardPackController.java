package org.uca.adapter.web.pages;

import static org.uca.adapter.web.http.Outcomes.orFail;

import io.javalin.http.Context;
import io.vavr.control.Option;
import java.time.LocalDate;
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
import org.uca.domain.calendar.EndedQuarter;
import org.uca.domain.calendar.Quarter;

/**
 * The quarterly board pack (issue 15 §5): the monitoring report for a calendar quarter that has ended as a PDF, with
 * the same figures and charts as the monitoring page ({@link MonitoringFigures}); a quarter not yet over is refused.
 */
final class BoardPackController {

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

    /** The quarter asked for, such as 2026-Q3; the last that has ended when none is asked for. */
    static Option<Quarter> quarter(String asked, LocalDate today) {
        return asked == null || asked.isBlank() ? Option.some(Quarter.containing(today).previous())
                : Quarter.parse(asked);
    }

    private void boardPack(Context ctx) {
        LocalDate today = defaults.today();
        Option<EndedQuarter> ended = quarter(ctx.queryParam("quarter"), today).flatMap(q -> EndedQuarter.of(q, today));
        if (ended.isEmpty()) {
            roleFirst.refuseUnlessOffered(ctx, Task.SEE_MONITORING);
        }
        // A board pack reports on a quarter once it is over: its figures are final, and the tenancy profile given
        EndedQuarter quarter = ended.getOrElseThrow(() -> quarter(ctx.queryParam("quarter"), today)
                .map(q -> new HttpProblem(422, "The quarter has not ended", "The board pack for " + q.label()
                        + " can be had once the quarter has ended, from " + UkDates.date(q.last().plusDays(1)) + "."))
                .getOrElse(() -> new HttpProblem(422, "The quarter is not valid", "Enter the quarter as a year and"
                        + " quarter, for example 2026-Q3 (July to September 2026).")));
        LocalDate from = quarter.first();
        LocalDate to = quarter.last();
        MonitoringReport r = orFail(monitoring.report(RequestSessions.me(ctx), from, to));
        byte[] pdf = pdfs.pdf("board-pack-pdf.jte", new BoardPack(pdfs.landlord().name(), quarter.quarter().label(),
                UkDates.date(from), UkDates.date(to), UkDates.date(defaults.today()), MonitoringFigures.figures(r),
                MonitoringFigures.charts(r), MonitoringFigures.profiles(r)), "The board pack");
        ctx.contentType("application/pdf");
        ctx.header("Content-Disposition", "attachment; filename=\"uca-board-pack-" + quarter.quarter().year() + "-q"
                + quarter.quarter().number() + ".pdf\"");
        ctx.result(pdf);
    }
}

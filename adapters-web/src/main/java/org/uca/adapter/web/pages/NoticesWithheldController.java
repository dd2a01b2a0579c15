package org.uca.adapter.web.pages;

import static org.uca.adapter.web.http.Outcomes.orFail;

import io.javalin.http.Context;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.adapter.web.view.NoticesWithheldPage;
import org.uca.application.port.in.WorkQueuesQuery;

/** The work queue of notices withheld to re-check, in one call (issue 15 §3). */
public final class NoticesWithheldController {

    private final PageWriter pages;
    private final WorkQueuesQuery workQueues;

    NoticesWithheldController(PageWriter pages, WorkQueuesQuery workQueues) {
        this.pages = pages;
        this.workQueues = workQueues;
    }

    public void register(RouteTable routes) {
        routes.get("/work/notices-withheld", this::queue);
    }

    private void queue(Context ctx) {
        var rows = orFail(workQueues.noticesWithheldToRecheck(RequestSessions.me(ctx)))
                .map(HomeController::noticeRow)
                .toJavaList();
        pages.render(ctx, "notices-withheld.jte", new NoticesWithheldPage(pages.frame(ctx,
                "Notices withheld to re-check"), rows));
    }
}

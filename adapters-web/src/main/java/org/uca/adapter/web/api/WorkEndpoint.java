package org.uca.adapter.web.api;

import static org.uca.adapter.web.http.Outcomes.orFail;

import io.javalin.http.Context;
import io.vavr.collection.List;
import org.uca.adapter.web.api.json.WorkJson;
import org.uca.adapter.web.http.Outcomes;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.input.Paging;
import org.uca.adapter.web.security.OfferedTasks;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.application.port.in.MyWorkQuery;
import org.uca.application.port.in.Task;
import org.uca.application.port.in.WorkQueuesQuery;
import org.uca.domain.people.StaffId;

/**
 * {@code GET /api/work}: my work queues, with a page of my cases ({@code page} from 1, {@code size} 1 to 100; the next
 * page in an RFC 8288 {@code Link} header).
 */
final class WorkEndpoint {

    private final JsonExchange json;
    private final WorkQueuesQuery workQueues;
    private final MyWorkQuery myWork;

    WorkEndpoint(JsonExchange json, WorkQueuesQuery workQueues, MyWorkQuery myWork) {
        this.json = json;
        this.workQueues = workQueues;
        this.myWork = myWork;
    }

    void register(RouteTable routes) {
        routes.get("/api/work", WorkJson.class, this::work);
    }

    private void work(Context ctx) {
        StaffId me = RequestSessions.me(ctx);
        MyWorkQuery.MyWork mine = orFail(Outcomes.refusedIfInvalid(Paging.of(ctx.queryParam("page"),
                ctx.queryParam("size"))).flatMap(p -> myWork.myWork(me, p.page(), p.size())));
        boolean decides = OfferedTasks.offered(ctx, Task.DECIDE_APPEAL);
        if (mine.moreCases()) {
            ctx.header("Link", "</api/work?page=" + (mine.page() + 1) + "&size=" + mine.size() + ">; rel=\"next\"");
        }
        json.write(ctx, 200, WorkJson.from(decides ? orFail(workQueues.appealsDue(me, 10)) : List.empty(),
                decides ? orFail(workQueues.reviewsDue(me, 30)) : List.empty(),
                mine.myCases().map(MyWorkQuery.MyCase::caseId)));
    }
}

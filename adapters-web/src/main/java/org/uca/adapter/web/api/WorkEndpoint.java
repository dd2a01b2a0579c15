package org.uca.adapter.web.api;

import static org.uca.adapter.web.http.Outcomes.orFail;

import io.javalin.http.Context;
import io.vavr.collection.List;
import org.uca.adapter.web.api.json.WorkJson;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.security.OfferedTasks;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.application.port.in.Task;
import org.uca.application.port.in.WorkQueuesQuery;
import org.uca.domain.people.StaffId;

/** {@code GET /api/work}: my work queues. */
final class WorkEndpoint {

    private final JsonExchange json;
    private final WorkQueuesQuery workQueues;

    WorkEndpoint(JsonExchange json, WorkQueuesQuery workQueues) {
        this.json = json;
        this.workQueues = workQueues;
    }

    void register(RouteTable routes) {
        routes.get("/api/work", WorkJson.class, this::work);
    }

    private void work(Context ctx) {
        StaffId me = RequestSessions.me(ctx);
        boolean decides = OfferedTasks.offered(ctx, Task.DECIDE_APPEAL);
        json.write(ctx, 200, WorkJson.from(decides ? orFail(workQueues.appealsDue(me, 10)) : List.empty(),
                decides ? orFail(workQueues.reviewsDue(me, 30)) : List.empty(), orFail(workQueues.myCases(me))));
    }
}

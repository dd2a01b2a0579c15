package org.uca.adapter.web.api;

import static org.uca.adapter.web.http.Outcomes.orFail;

import io.javalin.http.Context;
import org.uca.adapter.web.api.json.WorkJson;
import org.uca.adapter.web.http.Outcomes;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.input.Paging;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.application.port.in.MyWorkQuery;
import org.uca.domain.people.StaffId;

/**
 * {@code GET /api/work}: a page of my work queues, in one call as the home page ({@code page} from 1, {@code size} 1
 * to 100 of each list; the next page, while any list goes on, in an RFC 8288 {@code Link} header).
 */
final class WorkEndpoint {

    private final JsonExchange json;
    private final MyWorkQuery myWork;

    WorkEndpoint(JsonExchange json, MyWorkQuery myWork) {
        this.json = json;
        this.myWork = myWork;
    }

    void register(RouteTable routes) {
        routes.get("/api/work", WorkJson.class, this::work);
    }

    private void work(Context ctx) {
        StaffId me = RequestSessions.me(ctx);
        MyWorkQuery.MyWork work = orFail(Outcomes.refusedIfInvalid(Paging.of(ctx.queryParam("page"),
                ctx.queryParam("size"))).flatMap(p -> myWork.myWork(me, p.page(), p.size())));
        if (work.hasNext()) {
            ctx.header("Link", "</api/work?page=" + (work.page() + 1) + "&size=" + work.size() + ">; rel=\"next\"");
        }
        json.write(ctx, 200, WorkJson.from(work));
    }
}

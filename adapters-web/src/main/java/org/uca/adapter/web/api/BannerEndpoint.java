package org.uca.adapter.web.api;

import static org.uca.adapter.web.http.Outcomes.orFail;

import org.uca.adapter.web.api.json.BannerJson;
import org.uca.adapter.web.http.Outcomes;
import org.uca.adapter.web.http.PathParams;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.input.ServiceParam;
import org.uca.adapter.web.security.OfferedTasks;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.application.port.in.GuidancePageQuery;
import org.uca.application.port.in.Task;

/** The guidance at a glance for another system's screen: the JSON the embeddable banner is built from. */
final class BannerEndpoint {

    private final JsonExchange json;
    private final GuidancePageQuery guidancePage;

    BannerEndpoint(JsonExchange json, GuidancePageQuery guidancePage) {
        this.json = json;
        this.guidancePage = guidancePage;
    }

    void register(RouteTable routes) {
        routes.get("/api/residents/{resident}/banner", BannerJson.class, ctx -> json.write(ctx, 200,
                BannerJson.from(orFail(Outcomes.refusedIfInvalid(ServiceParam.of(ctx.queryParam("service")))
                        .flatMap(service -> guidancePage.guidancePage(RequestSessions.me(ctx),
                                PathParams.residentId(ctx), GuidancePageQuery.Shown.BANNER, service))),
                        OfferedTasks.offered(ctx, Task.VIEW_CASE))));
    }
}

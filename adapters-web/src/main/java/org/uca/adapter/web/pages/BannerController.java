package org.uca.adapter.web.pages;

import static org.uca.adapter.web.http.Outcomes.orFail;

import io.javalin.http.Context;
import java.time.LocalDate;
import org.uca.adapter.web.api.json.BannerJson;
import org.uca.adapter.web.http.Outcomes;
import org.uca.adapter.web.http.PathParams;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.input.ServiceParam;
import org.uca.adapter.web.security.OfferedTasks;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.adapter.web.security.SecurityHeaders;
import org.uca.adapter.web.view.BannerPage;
import org.uca.adapter.web.view.UkDates;
import org.uca.application.port.in.GuidancePageQuery;
import org.uca.application.port.in.Task;

/**
 * The guidance banner for the contact centre's or a housing officer's CRM screen: a small read-only page it frames
 * (only the origins the landlord names may: {@code UCA_EMBED_FRAME_ANCESTORS}), built from the banner's JSON. It
 * uses the browser's UCA session, so the CRM must be served from the same site as UCA (the session cookie is
 * SameSite=Lax, which a browser sends to a frame only within one site).
 */
public final class BannerController {

    private final PageWriter pages;
    private final GuidancePageQuery guidancePage;
    private final String landlord;

    BannerController(PageWriter pages, GuidancePageQuery guidancePage, String landlord) {
        this.pages = pages;
        this.guidancePage = guidancePage;
        this.landlord = landlord;
    }

    public void register(RouteTable routes) {
        routes.get(SecurityHeaders.EMBEDDED + "residents/{resident}/guidance", this::banner);
    }

    private void banner(Context ctx) {
        // the page is its JSON (GET /api/residents/{resident}/banner) shown
        BannerJson b = BannerJson.from(orFail(Outcomes.refusedIfInvalid(ServiceParam.of(ctx.queryParam("service")))
                .flatMap(service -> guidancePage.guidancePage(RequestSessions.me(ctx), PathParams.residentId(ctx),
                        GuidancePageQuery.Shown.BANNER, service))), OfferedTasks.offered(ctx, Task.VIEW_CASE));
        pages.render(ctx, "banner.jte", new BannerPage(landlord, b.resident(), b.name(), b.restricted(),
                b.headline(), b.whatToDo(), b.whatNotToDo(),
                b.nextReview() == null ? null : UkDates.date(LocalDate.parse(b.nextReview())), b.reviewOverdue(),
                b.guidancePath(), b.casePath()));
    }
}

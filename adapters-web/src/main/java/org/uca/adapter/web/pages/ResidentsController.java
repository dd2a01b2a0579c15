package org.uca.adapter.web.pages;

import static org.uca.adapter.web.http.Outcomes.orFail;

import io.javalin.http.Context;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.uca.adapter.web.http.Outcomes;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.input.Paging;
import org.uca.adapter.web.security.OfferedTasks;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.adapter.web.view.PageFrame;
import org.uca.adapter.web.view.ResidentsPage;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.FindResidentsQuery;
import org.uca.application.port.in.Task;

/** Find a resident by name, reference, address or postcode, a page at a time. */
public final class ResidentsController {

    private final PageWriter pages;
    private final FindResidentsQuery findResidents;

    public ResidentsController(PageWriter pages, FindResidentsQuery findResidents) {
        this.pages = pages;
        this.findResidents = findResidents;
    }

    public void register(RouteTable routes) {
        routes.get("/residents", this::findResidents);
    }

    private void findResidents(Context ctx) {
        String query = Option.of(ctx.queryParam("q")).getOrElse("").strip();
        List<ResidentsPage.ResidentRow> rows = new ArrayList<>();
        List<PageFrame.ErrorItem> errors = new ArrayList<>();
        String error = null;
        String previous = null;
        String next = null;
        int pageNumber = 1;
        if (!query.isEmpty()) {
            Either<Failure, FindResidentsQuery.ResultPage> found = Outcomes.refusedIfInvalid(Paging.of(
                    ctx.queryParam("page"), ctx.queryParam("size"))).flatMap(p -> findResidents.findResidents(
                            RequestSessions.me(ctx), query, p.page(), p.size()));
            if (found.isLeft() && found.getLeft() instanceof Failure.Refused refused) {
                ctx.status(422);
                for (var problem : refused.refusal().problems()) {
                    errors.add(new PageFrame.ErrorItem(problem.reason(), "#query"));
                }
                error = refused.refusal().problems().map(p -> p.reason()).mkString(" ");
            } else {
                FindResidentsQuery.ResultPage page = orFail(found);
                pageNumber = page.page();
                for (FindResidentsQuery.Found f : page.found()) {
                    rows.add(new ResidentsPage.ResidentRow(f.resident().name(), f.resident().id().value(),
                            f.resident().address(), rowHref(ctx, f.resident().id()),
                            f.caseId().isDefined(), f.restricted()));
                }
                previous = page.page() > 1 ? href(query, page.page() - 1, page.size()) : null;
                next = page.hasNext() ? href(query, page.page() + 1, page.size()) : null;
            }
        }
        PageFrame frame = pages.frame(ctx, "Find a resident");
        if (!errors.isEmpty()) {
            frame = frame.withErrors(errors);
        }
        pages.render(ctx, "residents.jte", new ResidentsPage(frame, query, error, !query.isEmpty(), rows,
                pageNumber, previous, next));
    }

    private static String href(String query, int page, int size) {
        return "/residents?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&page=" + page
                + (size == FindResidentsQuery.MAX_RESULTS ? "" : "&size=" + size);
    }

    /** The resident's page; for someone who reads no guidance but answers subject access requests, the export. */
    private static String rowHref(Context ctx, org.uca.domain.people.ResidentId id) {
        return !OfferedTasks.offered(ctx, Task.READ_CONTACT_GUIDANCE) && OfferedTasks.offered(ctx,
                Task.EXPORT_SUBJECT_ACCESS) ? Addresses.residentHref(id) + "/subject-access" : Addresses.residentHref(id);
    }
}

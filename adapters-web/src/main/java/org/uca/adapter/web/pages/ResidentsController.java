package org.uca.adapter.web.pages;

import static org.uca.adapter.web.http.Outcomes.orFail;

import io.javalin.http.Context;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.adapter.web.view.PageFrame;
import org.uca.adapter.web.view.ResidentsPage;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.FindResidentsQuery;
import org.uca.application.port.in.Task;

/** Find a resident by name or reference. */
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
        String error = null;
        if (!query.isEmpty()) {
            Either<Failure, Seq<FindResidentsQuery.Found>> found = findResidents.findResidents(
                    RequestSessions.me(ctx), query);
            if (found.isLeft() && found.getLeft() instanceof Failure.Refused refused) {
                error = refused.refusal().problems().head().reason();
                ctx.status(422);
            } else {
                for (FindResidentsQuery.Found f : orFail(found)) {
                    rows.add(new ResidentsPage.ResidentRow(f.resident().name(), f.resident().id().value(),
                            f.resident().address(), Addresses.residentHref(f.resident().id()),
                            f.caseId().isDefined(), f.restricted()));
                }
            }
        }
        PageFrame frame = pages.frame(ctx, "Find a resident");
        if (error != null) {
            frame = frame.withErrors(List.of(new PageFrame.ErrorItem(error, "#query")));
        }
        pages.render(ctx, "residents.jte", new ResidentsPage(frame, query, error, !query.isEmpty(), rows));
    }
}

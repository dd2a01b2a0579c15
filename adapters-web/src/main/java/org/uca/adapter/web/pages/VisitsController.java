package org.uca.adapter.web.pages;

import static org.uca.adapter.web.http.Outcomes.orFail;

import io.javalin.http.Context;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.Optional;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.adapter.web.view.PageFrame;
import org.uca.adapter.web.view.VisitsPage;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.SafeVisitQuery;
import org.uca.domain.people.ResidentId;

/** The contractor's page: what a visitor must do at a property or for a resident, and nothing else. */
public final class VisitsController {

    private final PageWriter pages;
    private final SafeVisitQuery visits;
    private final Optional<String> phone;

    public VisitsController(PageWriter pages, SafeVisitQuery visits, Optional<String> phone) {
        this.pages = pages;
        this.visits = visits;
        this.phone = phone;
    }

    public void register(RouteTable routes) {
        routes.get("/visits", this::visit);
    }

    private void visit(Context ctx) {
        String uprn = Option.of(ctx.queryParam("uprn")).getOrElse("").strip();
        String resident = Option.of(ctx.queryParam("resident")).getOrElse("").strip();
        String error = null;
        String asked = null;
        List<VisitsPage.Instruction> instructions = List.of();
        if (!uprn.isEmpty() || !resident.isEmpty()) {
            Either<Failure, SafeVisitQuery.SafeVisit> found = !uprn.isEmpty() && !resident.isEmpty()
                    ? Either.left(new Failure.Refused(org.uca.domain.shared.Refusal.of("uprn",
                            "Look up a property or a resident, not both.")))
                    : !uprn.isEmpty() ? visits.atProperty(RequestSessions.me(ctx), uprn)
                    : visits.forResident(RequestSessions.me(ctx), new ResidentId(resident));
            if (found.isLeft() && (found.getLeft() instanceof Failure.Refused
                    || found.getLeft() instanceof Failure.NotFound)) {
                ctx.status(found.getLeft() instanceof Failure.Refused ? 422 : 404);
                error = found.getLeft() instanceof Failure.Refused refused
                        ? refused.refusal().problems().map(p -> p.reason()).mkString(" ") : found.getLeft().message();
            } else {
                SafeVisitQuery.SafeVisit visit = orFail(found);
                asked = visit.property().map(p -> "property " + p).getOrElse(() -> "resident " + resident);
                instructions = visit.instructions().instructions().map(i -> new VisitsPage.Instruction(
                        i.kind().name(), i.words(), i.contact().getOrNull(),
                        i.contact().isDefined() ? phone.orElse(null) : null)).toJavaList();
            }
        }
        PageFrame frame = pages.frame(ctx, "Safe visit");
        if (error != null) {
            frame = frame.withErrors(List.of(new PageFrame.ErrorItem(error, "#uprn")));
        }
        pages.render(ctx, "visits.jte", new VisitsPage(frame, uprn, resident, error, asked, instructions));
    }
}

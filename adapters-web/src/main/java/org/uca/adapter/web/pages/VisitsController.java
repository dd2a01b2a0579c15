package org.uca.adapter.web.pages;

import static org.uca.adapter.web.http.Outcomes.orFail;

import io.javalin.http.Context;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import java.util.Optional;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.security.OfferedTasks;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.adapter.web.view.PageFrame;
import org.uca.adapter.web.view.VisitsPage;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.SafeVisitQuery;
import org.uca.application.port.in.Task;
import org.uca.application.port.in.WorkPropertiesUseCase;
import org.uca.domain.people.ResidentId;

/** The contractor's page: what a visitor must do at a property or for a resident, and nothing else. */
public final class VisitsController {

    private final PageWriter pages;
    private final SafeVisitQuery visits;
    private final Optional<String> phone;
    private final WorkPropertiesUseCase work;

    public VisitsController(PageWriter pages, SafeVisitQuery visits, Optional<String> phone,
            WorkPropertiesUseCase work) {
        this.pages = pages;
        this.visits = visits;
        this.phone = phone;
        this.work = work;
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
                    || found.getLeft() instanceof Failure.NotFound || outsideTheirWork(ctx, found.getLeft()))) {
                ctx.status(found.getLeft() instanceof Failure.Refused ? 422
                        : found.getLeft() instanceof Failure.NotFound ? 404 : 403);
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
        pages.render(ctx, "visits.jte", new VisitsPage(frame, uprn, resident, error, asked, instructions,
                propertiesOfTheirWork(ctx)));
    }

    /** How many properties the contractor's work is limited to, for the page to say; null if it is not limited. */
    private Integer propertiesOfTheirWork(Context ctx) {
        return OfferedTasks.offered(ctx, Task.SAFE_VISIT) ? work.howManyPropertiesOfMyWork(RequestSessions.me(ctx))
                .getOrElse(Option.none()).getOrNull() : null;
    }

    /**
     * A look-up outside the properties of a limited contractor's work (the one refusal of someone who may look up):
     * said on the page, as a bad input is.
     */
    private static boolean outsideTheirWork(Context ctx, Failure failure) {
        return failure instanceof Failure.NotPermitted && OfferedTasks.offered(ctx, Task.SAFE_VISIT);
    }
}

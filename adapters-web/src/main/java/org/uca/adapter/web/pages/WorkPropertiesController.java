package org.uca.adapter.web.pages;

import io.javalin.http.Context;
import io.vavr.control.Either;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.uca.adapter.web.http.Failures;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.input.FormParams;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.adapter.web.security.RoleBeforeInput;
import org.uca.adapter.web.view.FormPage;
import org.uca.adapter.web.view.FormView.Choice;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.Task;
import org.uca.application.port.in.WorkPropertiesUseCase;
import org.uca.application.port.in.WorkPropertiesUseCase.GivenProperties;
import org.uca.application.port.in.WorkPropertiesUseCase.PropertiesOfWork;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.Uprn;
import org.uca.domain.shared.Refusal;

/**
 * The properties of a contractor's work, for administrators: a page for a contractor's account (from the staff
 * list) and one for a safe-visit machine credential, each showing the list and replacing it whole.
 */
final class WorkPropertiesController {

    private static final String LIMITED = "limited";
    private static final String UPRNS = "uprns";

    private final PageWriter pages;
    private final RoleBeforeInput roleFirst;
    private final WorkPropertiesUseCase work;

    WorkPropertiesController(PageWriter pages, RoleBeforeInput roleFirst, WorkPropertiesUseCase work) {
        this.pages = pages;
        this.roleFirst = roleFirst;
        this.work = work;
    }

    /** Whose page: the task, where it is, where it goes back to, and the use case's read and replace. */
    private record Whose(Task task, String path, String back,
            Function<StaffId, Either<Failure, PropertiesOfWork>> current,
            BiFunction<StaffId, GivenProperties, Either<Failure, PropertiesOfWork>> replace) {
    }

    void register(RouteTable routes) {
        routes.get("/admin/staff/{staff}/properties", ctx -> form(ctx, contractor(ctx), null));
        routes.post("/admin/staff/{staff}/properties", ctx -> save(ctx, contractor(ctx)));
        routes.get("/admin/machine-credentials/{id}/properties", ctx -> form(ctx, system(ctx), null));
        routes.post("/admin/machine-credentials/{id}/properties", ctx -> save(ctx, system(ctx)));
    }

    private Whose contractor(Context ctx) {
        StaffId contractor = new StaffId(ctx.pathParam("staff"));
        return new Whose(Task.MANAGE_STAFF, "/admin/staff/" + contractor.value() + "/properties", "/admin/staff",
                me -> work.propertiesOfContractorAccount(me, contractor),
                (me, given) -> work.setPropertiesOfContractorAccount(me, contractor, given));
    }

    private Whose system(Context ctx) {
        String id = ctx.pathParam("id");
        return new Whose(Task.MANAGE_MACHINE_CREDENTIALS, "/admin/machine-credentials/" + id + "/properties",
                "/admin/machine-credentials", me -> work.propertiesOfContractorSystem(me, id),
                (me, given) -> work.setPropertiesOfContractorSystem(me, id, given));
    }

    private void save(Context ctx, Whose whose) {
        String limited = ctx.formParam(LIMITED);
        Either<Refusal, GivenProperties> given = "yes".equals(limited) || "no".equals(limited)
                ? Either.right(GivenProperties.typed("yes".equals(limited), ctx.formParam(UPRNS)))
                : Either.left(Refusal.of(LIMITED, "Choose whether their work is limited to the properties listed."));
        Either<Failure, PropertiesOfWork> saved = roleFirst.parsed(ctx, whose.task(), given)
                .flatMap(g -> whose.replace().apply(RequestSessions.me(ctx), g));
        if (saved.isLeft() && saved.getLeft() instanceof Failure.Refused refused) {
            ctx.status(422);
            form(ctx, whose, refused.refusal());
            return;
        }
        PropertiesOfWork now = saved.getOrElseThrow(Failures::problem);
        pages.done(ctx, now.properties().fold(() -> "The work of " + now.who() + " is not limited: they can look up"
                + " every property.", p -> "The work of " + now.who() + " is limited to " + p.size()
                + (p.size() == 1 ? " property." : " properties.")), whose.back());
    }

    /** The form, with the list as kept, or after a refusal with what was typed and each problem beside its field. */
    private void form(Context ctx, Whose whose, Refusal refused) {
        PropertiesOfWork now = whose.current().apply(RequestSessions.me(ctx)).getOrElseThrow(Failures::problem);
        Form form = refused == null ? Form.fresh() : Form.submitted(new FormParams(ctx.formParamMap()), refused);
        String heading = "The properties of the work of " + now.who();
        var view = form
                .radios(LIMITED, "Which properties may they look up?", "", List.of(
                        new Choice("no", "Every property (not limited)", "Their safe-visit look-ups answer for any"
                                + " property or resident."),
                        new Choice("yes", "Only the properties listed below", "Any other is refused, without"
                                + " saying whether it exists. An empty list is no property at all.")),
                        now.limited() ? "yes" : "no")
                .textarea(UPRNS, "The properties of their work", "One UPRN a line, or several separated by commas;"
                        + " at most " + WorkPropertiesUseCase.MAX_PROPERTIES + ". Saving replaces the whole list.",
                        now.properties().map(p -> p.map(Uprn::value).mkString("\n")).getOrElse(""))
                .view("Administration", heading, "Where the landlord sets it up, a contractor asks what a visitor"
                        + " must do only at the properties of their work.", whose.path(), "Save the properties",
                        whose.back());
        var frame = pages.frame(ctx, heading);
        pages.render(ctx, "form.jte", new FormPage(form.summary().isEmpty() ? frame : frame.withErrors(
                form.summary()), view));
    }
}

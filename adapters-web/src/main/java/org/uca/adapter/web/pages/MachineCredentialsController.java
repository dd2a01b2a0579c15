package org.uca.adapter.web.pages;

import io.javalin.http.Context;
import io.vavr.control.Either;
import java.util.List;
import org.uca.adapter.web.http.Failures;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.input.FormParams;
import org.uca.adapter.web.security.OfferedTasks;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.adapter.web.security.RoleBeforeInput;
import org.uca.adapter.web.view.AdministrationPages.MachineCredentialList;
import org.uca.adapter.web.view.AdministrationPages.MachineCredentialRow;
import org.uca.adapter.web.view.AdministrationPages.Notice;
import org.uca.adapter.web.view.FormPage;
import org.uca.adapter.web.view.FormView.Choice;
import org.uca.adapter.web.view.UkDates;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.ManageMachineCredentialsUseCase;
import org.uca.application.port.in.Task;
import org.uca.application.port.out.MachineCredentials.Scope;
import org.uca.domain.shared.Refusal;

/**
 * Machine client credentials, for administrators: the list (with when each was last used), create one for another
 * system, revoke. The secret is shown once, on the page after creating: only its hash is kept.
 */
public final class MachineCredentialsController {

    private final PageWriter pages;
    private final RoleBeforeInput roleFirst;
    private final ManageMachineCredentialsUseCase credentials;

    MachineCredentialsController(PageWriter pages, RoleBeforeInput roleFirst,
            ManageMachineCredentialsUseCase credentials) {
        this.pages = pages;
        this.roleFirst = roleFirst;
        this.credentials = credentials;
    }

    public void register(RouteTable routes) {
        routes.get("/admin/machine-credentials", this::list);
        routes.get("/admin/machine-credentials/new", ctx -> {
            OfferedTasks.requireOffered(ctx, Task.MANAGE_MACHINE_CREDENTIALS);
            createForm(ctx, Form.fresh());
        });
        routes.post("/admin/machine-credentials", ctx -> {
            Either<Failure, ManageMachineCredentialsUseCase.Created> created = roleFirst.parsed(ctx,
                    Task.MANAGE_MACHINE_CREDENTIALS, scope(ctx.formParam("scope"))).flatMap(scope ->
                    credentials.createMachineCredential(RequestSessions.me(ctx), ctx.formParam("name"), scope));
            if (created.isLeft() && created.getLeft() instanceof Failure.Refused refused) {
                roleFirst.refuseUnlessOffered(ctx, Task.MANAGE_MACHINE_CREDENTIALS);
                ctx.status(422);
                createForm(ctx, Form.submitted(new FormParams(ctx.formParamMap()), refused.refusal()));
                return;
            }
            var c = created.getOrElseThrow(Failures::problem);
            ctx.header("Cache-Control", "no-store");
            pages.render(ctx, "notice.jte", new Notice(pages.frame(ctx, "Machine credential created"),
                    "Machine credential created", "Give this secret to whoever sets up " + c.credential().name()
                    + ", by a channel only they read. " + WHAT_IT_LETS.get(c.credential().scope()) + " It cannot be"
                    + " shown again: UCA keeps only its hash. If it is lost or leaks, revoke it and create another.",
                    c.secret(),
                    "Secret (send as Authorization: Bearer …)", "/admin/machine-credentials",
                    "Back to the machine credentials"));
        });
        routes.post("/admin/machine-credentials/{id}/revoke", ctx -> {
            var revoked = credentials.revokeMachineCredential(RequestSessions.me(ctx), ctx.pathParam("id"))
                    .getOrElseThrow(Failures::problem);
            pages.done(ctx, "The machine credential " + revoked.name() + " is revoked: it stops working at once.",
                    "/admin/machine-credentials");
        });
    }

    /** What a credential of each scope lets the system holding it do, for the page that hands its secret over. */
    private static final java.util.Map<Scope, String> WHAT_IT_LETS = java.util.Map.of(
            Scope.RESIDENT_SYNC, "It lets that system sync residents (PUT /api/residents/{reference} and POST"
                    + " /api/residents/batch) and nothing else.",
            Scope.SAFE_VISIT, "It lets that system look up what a visitor must do at a property or for a resident"
                    + " (GET /api/visits and /api/visits/properties) and nothing else; you can limit it to the properties of the contractor's"
                    + " work from the list of credentials.");

    /**
     * The scope chosen: one of the two, named. Nothing is chosen for the administrator: a credential that can write
     * residents (and so what a safe-visit look-up covers) is never made by leaving the default.
     */
    private static Either<Refusal, Scope> scope(String given) {
        for (Scope scope : Scope.values()) {
            if (scope.name().equals(given)) {
                return Either.right(scope);
            }
        }
        return Either.left(Refusal.of("scope", "Choose what the credential is for."));
    }

    private void createForm(Context ctx, Form form) {
        var view = form.text("name", "Name", "What it is for, such as \"Housing system nightly sync\"", "")
                .radios("scope", "What may it do?", "One job only", List.of(
                        new Choice(Scope.RESIDENT_SYNC.name(), "Resident sync", "The housing system sends UCA its"
                                + " residents."),
                        new Choice(Scope.SAFE_VISIT.name(), "Safe-visit look-ups", "A contractor's system asks"
                                + " what a visitor must do at a property or for a resident, and nothing else.")),
                        "")
                .view("Administration", "Create a machine credential", "A credential another system uses to reach"
                        + " UCA. You will be shown its secret once.", "/admin/machine-credentials",
                        "Create the credential", "/admin/machine-credentials");
        var frame = pages.frame(ctx, "Create a machine credential");
        pages.render(ctx, "form.jte", new FormPage(form.summary().isEmpty() ? frame : frame.withErrors(
                form.summary()), view));
    }

    private void list(Context ctx) {
        OfferedTasks.requireOffered(ctx, Task.MANAGE_MACHINE_CREDENTIALS);
        List<MachineCredentialRow> rows = credentials.machineCredentials(RequestSessions.me(ctx))
                .getOrElseThrow(Failures::problem)
                .map(c -> new MachineCredentialRow(c.id(), c.name(), c.scope().words(),
                        UkDates.dateTime(c.createdAt()), c.lastUsedAt().map(UkDates::dateTime).getOrElse("Never"),
                        c.revokedAt().map(at -> "Revoked " + UkDates.dateTime(at)).getOrElse("Active"),
                        "/admin/machine-credentials/" + c.id() + "/revoke", c.revoked(),
                        c.scope() == Scope.SAFE_VISIT && !c.revoked() ? "/admin/machine-credentials/" + c.id()
                                + "/properties" : null))
                .toJavaList();
        pages.render(ctx, "machine-credentials.jte", new MachineCredentialList(pages.frame(ctx,
                "Machine credentials"), rows));
    }
}

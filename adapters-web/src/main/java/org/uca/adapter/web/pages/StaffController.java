package org.uca.adapter.web.pages;

import static org.uca.adapter.web.pages.StaffInput.param;
import static org.uca.adapter.web.pages.StaffInput.staffId;

import io.javalin.http.Context;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.uca.adapter.web.http.Failures;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.pages.FormPages.FormSpec;
import org.uca.adapter.web.security.OfferedTasks;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.adapter.web.view.AdministrationPages.StaffList;
import org.uca.adapter.web.view.AdministrationPages.StaffRow;
import org.uca.adapter.web.view.UkDates;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.ManageStaffUseCase;
import org.uca.application.port.in.Task;
import org.uca.application.port.out.Role;
import org.uca.application.port.out.StaffRecord;
import org.uca.domain.shared.Refusal;
import org.uca.domain.shared.UkTime;

/** The staff directory, for administrators: the list (searched, paged), add, edit and mark as left. */
public final class StaffController {

    private final PageWriter pages;
    private final FormPages forms;
    private final ManageStaffUseCase staff;
    /** What the landlord calls its single sign-on, if it has one ("Sign in with …"). */
    private final String providerName;

    /** @param providerName what the landlord calls its single sign-on; null without one */
    StaffController(PageWriter pages, FormPages forms, ManageStaffUseCase staff, String providerName) {
        this.pages = pages;
        this.forms = forms;
        this.staff = staff;
        this.providerName = providerName;
    }

    public void register(RouteTable routes) {
        routes.get("/admin/staff", this::list);
        forms.register(routes, "/admin/staff/new", new FormSpec("Add a member of staff", Task.MANAGE_STAFF,
                (ctx, f) -> authority(detailsForm(f, null), null).view(null, "Add a member of staff", "Their role in UCA comes with"
                        + " their sign-in account, which you create next.", "/admin/staff/new", "Add",
                        "/admin/staff"),
                ctx -> StaffInput.details(ctx)
                        .flatMap(d -> staff.addStaff(new ManageStaffUseCase.AddStaff(RequestSessions.me(ctx), d)))
                        .map(added -> new Done(added.member().name() + " added. Create their sign-in account from"
                                + " the list.", "/admin/staff?q=" + java.net.URLEncoder.encode(added.member().name(),
                                java.nio.charset.StandardCharsets.UTF_8)))));
        forms.register(routes, "/admin/staff/{staff}/edit", new FormSpec("Edit a member of staff", Task.MANAGE_STAFF,
                (ctx, f) -> {
                    StaffRecord r = record(ctx);
                    String to = "/admin/staff/" + r.member().id() + "/edit";
                    if (r.roleFromSingleSignOn()) {
                        // Offered, they would be undone at the next sign-in: the provider's groups decide.
                        return detailsForm(f, r).view(r.member().name(), "Edit a member of staff",
                                fromSingleSignOn(r), to, "Save", "/admin/staff");
                    }
                    if (yourself(ctx, r)) { // offered, they would be refused on saving
                        return detailsForm(f, r).view(r.member().name(), "Edit a member of staff", "Your role: "
                                + r.role().map(Role::label).getOrElse("none") + "; your authority level: "
                                + r.member().authority().title() + ". Nobody changes their own role or authority"
                                + " level: ask another administrator.", to, "Save", "/admin/staff");
                    }
                    return authority(detailsForm(f, r), r)
                            .select("role", "Role in UCA", "What they may do; given with their account",
                                    StaffInput.roles(true), r.role().map(Role::name).getOrElse(""))
                            .view(r.member().name(), "Edit a member of staff", "Nobody changes their own role or"
                                    + " authority level.", to, "Save", "/admin/staff");
                },
                this::edit));
        forms.register(routes, "/admin/staff/{staff}/left", new FormSpec("Mark as left", Task.MANAGE_STAFF,
                (ctx, f) -> {
                    StaffRecord r = record(ctx);
                    return f.date("leftOn", "The date they left", "They lose their role, and their account is"
                                    + " disabled at once.", UkTime.dateOf(java.time.Instant.now()).toString())
                            .view(r.member().name(), "Mark as left", null, "/admin/staff/" + r.member().id()
                                    + "/left", "Mark as left", "/admin/staff");
                },
                ctx -> leftOn(ctx).flatMap(date -> staff.markAsLeft(new ManageStaffUseCase.MarkAsLeft(
                                RequestSessions.me(ctx), staffId(ctx), date)))
                        .map(left -> new Done(left.member().name() + " is marked as left.", "/admin/staff"))));
    }

    private static Form detailsForm(Form f, StaffRecord r) {
        return f.text("name", "Name", "", r == null ? "" : r.member().name())
                .text("email", "Work email address", "", r == null ? "" : r.email())
                .text("team", "Team", "", r == null ? "" : r.member().team())
                .text("jobTitle", "Job title", "Optional", r == null ? "" : r.jobTitle());
    }

    private static Form authority(Form f, StaffRecord r) {
        return f.select("authority", "Authority level", "What they may authorise under the policy",
                StaffInput.AUTHORITY, r == null ? "NONE" : r.member().authority().name());
    }

    private String fromSingleSignOn(StaffRecord r) {
        return "Role and authority level come from single sign-on (" + (providerName != null ? providerName
                : r.singleSignOn().get()) + "): change this person's groups there.";
    }

    /**
     * Saves an edit. The form for someone whose role and level come from single sign-on, or for yourself, has neither
     * field: they are kept as they are (a value sent anyway goes to the use case, which refuses a change).
     */
    private Either<Failure, Done> edit(Context ctx) {
        StaffRecord r = record(ctx);
        boolean kept = r.roleFromSingleSignOn() || yourself(ctx, r);
        Either<Failure, ManageStaffUseCase.Details> details = kept && ctx.formParam("authority") == null
                ? StaffInput.details(ctx, r.member().authority()) : StaffInput.details(ctx);
        Either<Failure, io.vavr.control.Option<Role>> role = kept && ctx.formParam("role") == null
                ? Either.right(r.role()) : StaffInput.role(ctx, true);
        // a role that is not one is reported with the other fields' problems
        return details.flatMap(d -> staff.editStaff(new ManageStaffUseCase.EditStaff(RequestSessions.me(ctx),
                        r.member().id(), d, role.getOrElse(io.vavr.control.Option.none()),
                        role.isLeft() ? io.vavr.control.Option.some(StaffInput.param(ctx, "role"))
                                : io.vavr.control.Option.none())))
                .map(saved -> new Done(saved.member().name() + " saved.", "/admin/staff"));
    }

    private static boolean yourself(Context ctx, StaffRecord r) {
        return r.member().id().equals(RequestSessions.me(ctx));
    }

    private StaffRecord record(Context ctx) {
        return staff.staffRecord(RequestSessions.me(ctx), staffId(ctx)).getOrElseThrow(Failures::problem);
    }

    private static Either<Failure, LocalDate> leftOn(Context ctx) {
        try {
            return Either.right(LocalDate.parse(param(ctx, "leftOn")));
        } catch (DateTimeParseException e) {
            return Either.left(new Failure.Refused(Refusal.of("leftOn", "Enter the date they left, like 2026-11-30.")));
        }
    }

    private void list(Context ctx) {
        OfferedTasks.requireOffered(ctx, Task.MANAGE_STAFF);
        String query = StaffInput.query(ctx);
        var found = staff.findStaff(RequestSessions.me(ctx), query, StaffInput.page(ctx))
                .getOrElseThrow(Failures::problem);
        if (StaffInput.pastTheLast(ctx, found, "/admin/staff", query)) {
            return;
        }
        // Someone who has left has no role (their account is disabled); nobody marks themselves as left.
        List<StaffRow> rows = found.items().map(r -> new StaffRow(r.member().name(), "/admin/staff/"
                + r.member().id() + "/edit", r.email(), r.member().team(), r.jobTitle(),
                r.member().authority().title(), r.hasLeft() ? "" : r.role().map(Role::label).getOrElse("No role"),
                r.leftOn().map(UkDates::date).getOrElse(""), r.account().map(username -> r.hasLeft() ? username + " (disabled)" : username)
                        .getOrElse(""),
                r.role().isEmpty() && !r.hasLeft() ? "/admin/staff/" + r.member().id() + "/account" : null,
                r.hasLeft() || yourself(ctx, r) ? null : "/admin/staff/" + r.member().id() + "/left",
                r.role().contains(Role.CONTRACTOR) ? "/admin/staff/" + r.member().id() + "/properties" : null))
                .toJavaList();
        pages.render(ctx, "staff.jte", new StaffList(pages.frame(ctx, "Staff"), query, rows,
                StaffInput.paging(found, "/admin/staff", query)));
    }
}

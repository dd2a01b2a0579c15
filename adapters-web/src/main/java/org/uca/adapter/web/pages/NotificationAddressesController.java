package org.uca.adapter.web.pages;

import io.javalin.http.Context;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.List;
import org.uca.adapter.web.http.Failures;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.input.FormParams;
import org.uca.adapter.web.security.OfferedTasks;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.adapter.web.security.RoleBeforeInput;
import org.uca.adapter.web.view.AdministrationPages.AddressRow;
import org.uca.adapter.web.view.AdministrationPages.AddressList;
import org.uca.adapter.web.view.FormPage;
import org.uca.adapter.web.view.UkDates;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.NotificationAddressesUseCase;
import org.uca.application.port.in.Task;
import org.uca.application.port.out.Notifications.Address;

/**
 * Where notifications are e-mailed, for administrators: the Service Development Team's address and each team's,
 * each changed on its own form (a blank address removes it).
 */
public final class NotificationAddressesController {

    static final String LIST = "/admin/notification-addresses";
    static final String SDT_FORM = LIST + "/service-development-team";
    static final String TEAM_FORM = LIST + "/team";

    private final PageWriter pages;
    private final RoleBeforeInput roleFirst;
    private final NotificationAddressesUseCase addresses;

    NotificationAddressesController(PageWriter pages, RoleBeforeInput roleFirst,
            NotificationAddressesUseCase addresses) {
        this.pages = pages;
        this.roleFirst = roleFirst;
        this.addresses = addresses;
    }

    public void register(RouteTable routes) {
        routes.get(LIST, this::list);
        routes.get(SDT_FORM, ctx -> {
            OfferedTasks.requireOffered(ctx, Task.SET_NOTIFICATION_ADDRESSES);
            var now = addresses.notificationAddresses(RequestSessions.me(ctx)).getOrElseThrow(Failures::problem);
            sdtForm(ctx, Form.fresh(), now.serviceDevelopmentTeam().map(Address::address).getOrElse(""));
        });
        routes.post(SDT_FORM, ctx -> saved(ctx, addresses.setServiceDevelopmentTeamAddress(RequestSessions.me(ctx),
                ctx.formParam("address")), form -> sdtForm(ctx, form, ""), "The Service Development Team's"));
        routes.get(TEAM_FORM, ctx -> {
            OfferedTasks.requireOffered(ctx, Task.SET_NOTIFICATION_ADDRESSES);
            String team = Option.of(ctx.queryParam("name")).getOrElse("").strip();
            var now = addresses.notificationAddresses(RequestSessions.me(ctx)).getOrElseThrow(Failures::problem);
            String address = now.teams().find(t -> t.name().equalsIgnoreCase(team)).flatMap(t -> t.address())
                    .map(Address::address).getOrElse("");
            teamForm(ctx, Form.fresh(), team, address);
        });
        routes.post(TEAM_FORM, ctx -> saved(ctx, addresses.setTeamAddress(RequestSessions.me(ctx),
                ctx.formParam("team"), ctx.formParam("address")), form -> teamForm(ctx, form, "", ""),
                "The " + Option.of(ctx.formParam("team")).getOrElse("").strip() + " team's"));
    }

    private void saved(Context ctx, Either<Failure, Option<Address>> outcome, java.util.function.Consumer<Form> again,
            String whose) {
        if (outcome.isLeft() && outcome.getLeft() instanceof Failure.Refused refused) {
            roleFirst.refuseUnlessOffered(ctx, Task.SET_NOTIFICATION_ADDRESSES);
            ctx.status(422);
            again.accept(Form.submitted(new FormParams(ctx.formParamMap()), refused.refusal()));
            return;
        }
        Option<Address> now = outcome.getOrElseThrow(Failures::problem);
        pages.done(ctx, now.map(a -> whose + " notifications now go to " + a.address() + ".")
                .getOrElse(whose + " address is removed."), LIST);
    }

    private void sdtForm(Context ctx, Form form, String address) {
        var view = form.text("address", "E-mail address", "Every notification of an authorised action, and every"
                        + " change to one, goes here (policy 5.1). Leave it blank to remove it: UCA_SDT_EMAIL is"
                        + " then used, if set.", address)
                .view("Notification addresses", "The Service Development Team's address", "", SDT_FORM,
                        "Save the address", LIST);
        render(ctx, form, "The Service Development Team's address", view);
    }

    private void teamForm(Context ctx, Form form, String team, String address) {
        var view = form.text("team", "Team", "As managers name it under \"teams informed\" (capital letters and"
                        + " spaces around it do not matter)", team)
                .text("address", "E-mail address", "Leave it blank to remove it: the team's notices then go to the"
                        + " Service Development Team to pass on.", address)
                .view("Notification addresses", "A team's address", "", TEAM_FORM, "Save the address", LIST);
        render(ctx, form, "A team's address", view);
    }

    private void render(Context ctx, Form form, String title, org.uca.adapter.web.view.FormView view) {
        var frame = pages.frame(ctx, title);
        pages.render(ctx, "form.jte", new FormPage(form.summary().isEmpty() ? frame : frame.withErrors(
                form.summary()), view));
    }

    private void list(Context ctx) {
        OfferedTasks.requireOffered(ctx, Task.SET_NOTIFICATION_ADDRESSES);
        var directory = addresses.notificationAddresses(RequestSessions.me(ctx)).getOrElseThrow(Failures::problem);
        List<AddressRow> teams = directory.teams().map(t -> row(t.name(), t.address(), TEAM_FORM + "?name="
                + java.net.URLEncoder.encode(t.name(), java.nio.charset.StandardCharsets.UTF_8))).toJavaList();
        pages.render(ctx, "notification-addresses.jte", new AddressList(pages.frame(ctx, "Notification addresses"),
                row("Service Development Team", directory.serviceDevelopmentTeam(), SDT_FORM), teams, TEAM_FORM));
    }

    private static AddressRow row(String name, Option<Address> address, String change) {
        return new AddressRow(name, address.map(Address::address).getOrElse(""),
                address.map(a -> "Set " + UkDates.dateTime(a.setAt())).getOrElse(""), change);
    }
}

package org.uca.adapter.web.pages;

import io.javalin.http.Context;
import io.vavr.control.Either;
import java.util.List;
import org.uca.adapter.web.http.Failures;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.input.FormParams;
import org.uca.adapter.web.security.OfferedTasks;
import org.uca.adapter.web.security.PublicAddress;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.adapter.web.security.RoleBeforeInput;
import org.uca.adapter.web.security.Sessions;
import org.uca.adapter.web.view.AdministrationPages.AccountList;
import org.uca.adapter.web.view.AdministrationPages.AccountRow;
import org.uca.adapter.web.view.AdministrationPages.Confirmation;
import org.uca.adapter.web.view.AdministrationPages.Notice;
import org.uca.adapter.web.view.FormPage;
import org.uca.adapter.web.view.UkDates;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.ManageAccountsUseCase;
import org.uca.application.port.in.ManageAccountsUseCase.LinkIssued;
import org.uca.application.port.in.ManageStaffUseCase;
import org.uca.application.port.in.Task;
import org.uca.application.port.out.StaffRecord;

/**
 * Sign-in accounts, for administrators: the list (searched, paged), create one for a member of staff, reset,
 * disable (each after "Are you sure?"), unlock. A reset ends the holder's sessions and API tokens at once. Creating and resetting show the one-time set-password link once, to hand over: only its hash is
 * kept, so it cannot be shown again.
 */
public final class AccountsController {

    private final PageWriter pages;
    private final RoleBeforeInput roleFirst;
    private final ManageAccountsUseCase accounts;
    private final ManageStaffUseCase staff;
    private final Sessions sessions;

    /** @param sessions a reset ends the holder's sessions and API tokens (as Disable does: the account is suspect) */
    AccountsController(PageWriter pages, RoleBeforeInput roleFirst, ManageAccountsUseCase accounts,
            ManageStaffUseCase staff, Sessions sessions) {
        this.sessions = sessions;
        this.pages = pages;
        this.roleFirst = roleFirst;
        this.accounts = accounts;
        this.staff = staff;
    }

    public void register(RouteTable routes) {
        routes.get("/admin/accounts", this::list);
        routes.get("/admin/staff/{staff}/account", ctx -> {
            OfferedTasks.requireOffered(ctx, Task.MANAGE_ACCOUNTS);
            createForm(ctx, Form.fresh());
        });
        routes.post("/admin/staff/{staff}/account", ctx -> {
            Either<Failure, LinkIssued> created = StaffInput.role(ctx, false).flatMap(role -> accounts.createAccount(
                    new ManageAccountsUseCase.CreateAccount(RequestSessions.me(ctx), StaffInput.staffId(ctx),
                            StaffInput.param(ctx, "username"), role.get())));
            if (created.isLeft() && created.getLeft() instanceof Failure.Refused refused) {
                roleFirst.refuseUnlessOffered(ctx, Task.MANAGE_ACCOUNTS);
                Form form = Form.submitted(new FormParams(ctx.formParamMap()), refused.refusal());
                ctx.status(422);
                createForm(ctx, form);
                return;
            }
            showLink(ctx, created.getOrElseThrow(Failures::problem), "Account created");
        });
        // Reset and Disable are asked about first: a reset is used on a compromised account, and both end sessions.
        routes.get("/admin/accounts/{username}/reset", ctx -> confirm(ctx, "Reset the account "
                + ctx.pathParam("username") + "?", "This ends their sessions and API tokens at once, and their"
                + " password stops working. You will be given a new one-time link for them to set another.",
                "reset", "Reset the account"));
        routes.post("/admin/accounts/{username}/reset", ctx -> {
            LinkIssued link = accounts.resetAccount(change(ctx)).getOrElseThrow(Failures::problem);
            sessions.endAll(link.staff()); // whoever holds a session of a suspect account is out at once
            showLink(ctx, link, "Account reset");
        });
        routes.get("/admin/accounts/{username}/disable", ctx -> confirm(ctx, "Disable the account "
                + ctx.pathParam("username") + "?", "This ends their sessions and API tokens at once, and they"
                + " cannot sign in until the account is enabled again.", "disable", "Disable the account"));
        routes.post("/admin/accounts/{username}/disable", ctx -> {
            var disabled = accounts.disableAccount(change(ctx)).getOrElseThrow(Failures::problem);
            pages.done(ctx, "The account " + disabled.username() + " is disabled: it cannot sign in, and its"
                    + " sessions have ended.", "/admin/accounts");
        });
        routes.post("/admin/accounts/{username}/enable", ctx -> {
            var enabled = accounts.enableAccount(change(ctx)).getOrElseThrow(Failures::problem);
            pages.done(ctx, "The account " + enabled.username() + " is enabled: it can sign in again (the sessions"
                    + " it had stay ended).", "/admin/accounts");
        });
        routes.post("/admin/accounts/{username}/unlock", ctx -> {
            var unlocked = accounts.unlockAccount(change(ctx)).getOrElseThrow(Failures::problem);
            pages.done(ctx, "The account " + unlocked.username() + " is unlocked.", "/admin/accounts");
        });
    }

    private static ManageAccountsUseCase.AccountChange change(Context ctx) {
        return new ManageAccountsUseCase.AccountChange(RequestSessions.me(ctx), ctx.pathParam("username"));
    }

    private void confirm(Context ctx, String question, String consequence, String action, String button) {
        OfferedTasks.requireOffered(ctx, Task.MANAGE_ACCOUNTS);
        String account = "/admin/accounts/" + java.net.URLEncoder.encode(ctx.pathParam("username"),
                java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        pages.render(ctx, "confirm.jte", new Confirmation(pages.frame(ctx, question), question, consequence,
                account + "/" + action, button, "/admin/accounts"));
    }

    private void createForm(Context ctx, Form form) {
        StaffRecord r = staff.staffRecord(RequestSessions.me(ctx), StaffInput.staffId(ctx))
                .getOrElseThrow(Failures::problem);
        String suggested = r.email().contains("@") ? r.email().substring(0, r.email().indexOf('@')) : "";
        var view = form.text("username", "Username", "3 to 100 letters, digits, dots, hyphens, underscores or @",
                        suggested.toLowerCase(java.util.Locale.ROOT))
                .select("role", "Role in UCA", "What they may do", StaffInput.roles(false), "OFFICER")
                .view(r.member().name(), "Create a sign-in account", "You will be shown a one-time link to give"
                        + " them: they set their own password with it.", "/admin/staff/" + r.member().id()
                        + "/account", "Create the account", "/admin/staff");
        var frame = pages.frame(ctx, "Create a sign-in account");
        pages.render(ctx, "form.jte", new FormPage(form.summary().isEmpty() ? frame : frame.withErrors(
                form.summary()), view));
    }

    private void showLink(Context ctx, LinkIssued link, String heading) {
        String url = PublicAddress.of(ctx) + "/set-password/" + link.token();
        ctx.header("Cache-Control", "no-store");
        pages.render(ctx, "notice.jte", new Notice(pages.frame(ctx, heading), heading, "Give this link to the"
                + " holder of " + link.username() + " in person or by a channel only they read. It works once,"
                + " until " + UkDates.dateTime(link.expiresAt()) + "; it cannot be shown again (reset the account"
                + " for a new one)." + (heading.equals("Account reset") ? " Their sessions and API tokens have ended."
                        : ""), url, "One-time link to set a password", "/admin/accounts",
                "Back to the accounts"));
    }

    private void list(Context ctx) {
        OfferedTasks.requireOffered(ctx, Task.MANAGE_ACCOUNTS);
        String query = StaffInput.query(ctx);
        var found = accounts.findAccounts(RequestSessions.me(ctx), query, StaffInput.page(ctx))
                .getOrElseThrow(Failures::problem);
        if (StaffInput.pastTheLast(ctx, found, "/admin/accounts", query)) {
            return;
        }
        List<AccountRow> rows = found.items().map(l -> {
            String base = "/admin/accounts/" + l.account().username();
            return new AccountRow(l.account().username(), l.name(), l.account().role().label(),
                    l.holderLeftOn().map(d -> "Left on " + UkDates.date(d))
                            .getOrElse(l.account().disabled() ? "Disabled" : l.account().passwordSet() ? "Active"
                                    : "Password not set yet"), l.account().failedSignIns(), base + "/reset",
                    base + "/disable", base + "/enable", base + "/unlock", l.account().disabled(),
                    l.account().staff().equals(RequestSessions.me(ctx)), l.holderLeftOn().isDefined());
        }).toJavaList();
        pages.render(ctx, "accounts.jte", new AccountList(pages.frame(ctx, "Sign-in accounts"), query, rows,
                StaffInput.paging(found, "/admin/accounts", query)));
    }
}

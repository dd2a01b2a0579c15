package org.uca.adapter.web.api;

import static org.uca.adapter.web.http.Outcomes.orFail;

import io.javalin.http.Context;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.uca.adapter.web.api.json.AccountJson;
import org.uca.adapter.web.api.json.StaffJson;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.input.Paging;
import org.uca.adapter.web.input.Params;
import org.uca.adapter.web.security.PublicAddress;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.adapter.web.security.RoleBeforeInput;
import org.uca.adapter.web.security.Sessions;
import org.uca.application.port.in.ManageAccountsUseCase;
import org.uca.application.port.in.ManageStaffUseCase;
import org.uca.application.port.in.Task;
import org.uca.application.port.out.Role;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.StaffId;
import org.uca.domain.shared.Refusal;

/** The staff directory and the sign-in accounts, for administrators: the same use cases as the pages. */
final class AdministrationEndpoints {

    private final JsonExchange json;
    private final RoleBeforeInput roleFirst;
    private final ManageStaffUseCase staff;
    private final ManageAccountsUseCase accounts;
    private final Sessions sessions;

    /** @param sessions a reset ends the holder's sessions and API tokens (as Disable does: the account is suspect) */
    AdministrationEndpoints(JsonExchange json, RoleBeforeInput roleFirst, ManageStaffUseCase staff,
            ManageAccountsUseCase accounts, Sessions sessions) {
        this.sessions = sessions;
        this.json = json;
        this.roleFirst = roleFirst;
        this.staff = staff;
        this.accounts = accounts;
    }

    void register(RouteTable routes) {
        routes.get("/api/admin/staff", StaffJson.Page.class, ctx -> json.write(ctx, 200, StaffJson.Page.from(
                orFail(roleFirst.parsed(ctx, Task.MANAGE_STAFF, Paging.page(ctx.queryParam("page")))
                        .flatMap(page -> staff.findStaff(RequestSessions.me(ctx), query(ctx), page))))));
        routes.post("/api/admin/staff", StaffJson.class, ctx -> json.write(ctx, 201, StaffJson.from(orFail(
                roleFirst.parsed(ctx, Task.MANAGE_STAFF, details(json.body(ctx)))
                        .flatMap(d -> staff.addStaff(new ManageStaffUseCase.AddStaff(RequestSessions.me(ctx), d)))))));
        routes.post("/api/admin/staff/{staff}", StaffJson.class, ctx -> {
            Params body = json.body(ctx);
            String given = body.one("role");
            Either<Refusal, Option<Role>> role = role(given, true);
            json.write(ctx, 200, StaffJson.from(orFail(roleFirst.parsed(ctx, Task.MANAGE_STAFF, details(body)
                    .map(d -> new ManageStaffUseCase.EditStaff(RequestSessions.me(ctx),
                            new StaffId(ctx.pathParam("staff")), d, role.getOrElse(Option.none()),
                            role.isLeft() ? Option.some(given) : Option.none()))) // reported with the rest
                    .flatMap(staff::editStaff))));
        });
        routes.post("/api/admin/staff/{staff}/left", StaffJson.class, ctx -> {
            Params body = json.body(ctx);
            json.write(ctx, 200, StaffJson.from(orFail(roleFirst.parsed(ctx, Task.MANAGE_STAFF, date(body.one(
                            "leftOn")).map(on -> new ManageStaffUseCase.MarkAsLeft(RequestSessions.me(ctx),
                            new StaffId(ctx.pathParam("staff")), on)))
                    .flatMap(staff::markAsLeft))));
        });
        routes.get("/api/admin/accounts", AccountJson.Page.class, ctx -> json.write(ctx, 200, AccountJson.Page.from(
                orFail(roleFirst.parsed(ctx, Task.MANAGE_ACCOUNTS, Paging.page(ctx.queryParam("page")))
                        .flatMap(page -> accounts.findAccounts(RequestSessions.me(ctx), query(ctx), page))))));
        routes.post("/api/admin/accounts", AccountJson.Link.class, ctx -> {
            Params body = json.body(ctx);
            String staffId = body.one("staff");
            json.write(ctx, 201, AccountJson.Link.from(orFail(roleFirst.parsed(ctx, Task.MANAGE_ACCOUNTS,
                            role(body.one("role"), false).flatMap(r -> staffId == null || staffId.isBlank()
                                    ? Either.left(Refusal.of("staff", "Give the member of staff's id."))
                                    : Either.right(new ManageAccountsUseCase.CreateAccount(RequestSessions.me(ctx),
                                            new StaffId(staffId.strip()), body.one("username"), r.get()))))
                    .flatMap(accounts::createAccount)), base(ctx)));
        });
        routes.post("/api/admin/accounts/{username}/reset", AccountJson.Link.class, ctx -> {
            var link = orFail(accounts.resetAccount(change(ctx)));
            sessions.endAll(link.staff());
            json.write(ctx, 200, AccountJson.Link.from(link, base(ctx)));
        });
        routes.post("/api/admin/accounts/{username}/disable", AccountJson.class, ctx -> json.write(ctx, 200,
                AccountJson.from(orFail(accounts.disableAccount(change(ctx))))));
        routes.post("/api/admin/accounts/{username}/enable", AccountJson.class, ctx -> json.write(ctx, 200,
                AccountJson.from(orFail(accounts.enableAccount(change(ctx))))));
        routes.post("/api/admin/accounts/{username}/unlock", AccountJson.class, ctx -> json.write(ctx, 200,
                AccountJson.from(orFail(accounts.unlockAccount(change(ctx))))));
    }

    private static ManageAccountsUseCase.AccountChange change(Context ctx) {
        return new ManageAccountsUseCase.AccountChange(RequestSessions.me(ctx), ctx.pathParam("username"));
    }

    private static String base(Context ctx) {
        return PublicAddress.of(ctx);
    }

    private static String query(Context ctx) {
        return Option.of(ctx.queryParam("q")).getOrElse("");
    }


    private static Either<Refusal, ManageStaffUseCase.Details> details(Params body) {
        return Either.right(new ManageStaffUseCase.Details(body.one("name"), body.one("email"), body.one("team"),
                body.one("jobTitle"), parse(AuthorityLevel.class, body.one("authority"))));
    }

    private static Either<Refusal, Option<Role>> role(String given, boolean noneAllowed) {
        if ((given == null || given.isEmpty()) && noneAllowed) {
            return Either.right(Option.none());
        }
        return parse(Role.class, given).map(Option::some).toEither(() -> Refusal.of("role",
                "Give the role: one of " + java.util.Arrays.stream(Role.values()).map(Role::name)
                        .collect(java.util.stream.Collectors.joining(", ")) + "."));
    }

    private static Either<Refusal, java.time.LocalDate> date(String given) {
        try {
            return Either.right(java.time.LocalDate.parse(given == null ? "" : given));
        } catch (java.time.format.DateTimeParseException e) {
            return Either.left(Refusal.of("leftOn", "Give the date they left, like 2026-11-30."));
        }
    }

    private static <E extends Enum<E>> Option<E> parse(Class<E> type, String value) {
        try {
            return Option.some(Enum.valueOf(type, value));
        } catch (IllegalArgumentException | NullPointerException unknown) {
            return Option.none();
        }
    }
}

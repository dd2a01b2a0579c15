package org.uca.adapter.web.api;

import static org.uca.adapter.web.http.Outcomes.orFail;

import io.javalin.http.Context;
import io.vavr.control.Either;
import org.uca.adapter.web.api.json.InboxJson;
import org.uca.adapter.web.api.json.NotificationAddressJson;
import org.uca.adapter.web.http.PathParams;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.input.Paging;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.adapter.web.security.RoleBeforeInput;
import org.uca.application.port.in.NotificationAddressesUseCase;
import org.uca.application.port.in.ServiceDevelopmentInboxUseCase;
import org.uca.application.port.in.Task;
import org.uca.domain.shared.Refusal;

/**
 * Where notifications are e-mailed (administrators: PUT sets an address, DELETE removes it), and the Service
 * Development Team's notifications with who read each (reading one records it).
 */
final class NotificationAddressEndpoints {

    static final String SDT = "/api/admin/notification-addresses/service-development-team";
    static final String TEAM = "/api/admin/notification-addresses/teams/{team}";

    private final JsonExchange json;
    private final RoleBeforeInput roleFirst;
    private final NotificationAddressesUseCase addresses;
    private final ServiceDevelopmentInboxUseCase inbox;

    NotificationAddressEndpoints(JsonExchange json, RoleBeforeInput roleFirst, NotificationAddressesUseCase addresses,
            ServiceDevelopmentInboxUseCase inbox) {
        this.json = json;
        this.roleFirst = roleFirst;
        this.addresses = addresses;
        this.inbox = inbox;
    }

    void register(RouteTable routes) {
        routes.get("/api/admin/notification-addresses", NotificationAddressJson.Directory.class, this::directory);
        routes.put(SDT, NotificationAddressJson.Directory.class, ctx -> {
            orFail(roleFirst.parsed(ctx, Task.SET_NOTIFICATION_ADDRESSES, given(ctx))
                    .flatMap(address -> addresses.setServiceDevelopmentTeamAddress(RequestSessions.me(ctx), address)));
            directory(ctx);
        });
        routes.delete(SDT, NotificationAddressJson.Directory.class, ctx -> {
            orFail(addresses.setServiceDevelopmentTeamAddress(RequestSessions.me(ctx), ""));
            directory(ctx);
        });
        routes.put(TEAM, NotificationAddressJson.Directory.class, ctx -> {
            orFail(roleFirst.parsed(ctx, Task.SET_NOTIFICATION_ADDRESSES, given(ctx))
                    .flatMap(address -> addresses.setTeamAddress(RequestSessions.me(ctx), ctx.pathParam("team"),
                            address)));
            directory(ctx);
        });
        routes.delete(TEAM, NotificationAddressJson.Directory.class, ctx -> {
            orFail(addresses.setTeamAddress(RequestSessions.me(ctx), ctx.pathParam("team"), ""));
            directory(ctx);
        });
        routes.get("/api/inbox", InboxJson.class, ctx -> json.write(ctx, 200, InboxJson.from(orFail(
                roleFirst.parsed(ctx, Task.READ_SDT_INBOX, Paging.page(ctx.queryParam("page")))
                        .flatMap(page -> inbox.inbox(RequestSessions.me(ctx), page))))));
        routes.get("/api/inbox/{id}", InboxJson.Notification.class, ctx -> json.write(ctx, 200,
                InboxJson.Notification.from(orFail(inbox.open(RequestSessions.me(ctx), PathParams.number(ctx,
                        "id"))))));
    }

    private void directory(Context ctx) {
        json.write(ctx, 200, NotificationAddressJson.Directory.from(orFail(addresses.notificationAddresses(
                RequestSessions.me(ctx)))));
    }

    /** The address to set: PUT needs one (DELETE removes it), so a blank one is refused rather than read as removal. */
    private Either<Refusal, String> given(Context ctx) {
        String address = json.body(ctx).one("address");
        return address == null || address.isBlank()
                ? Either.left(Refusal.of("address", "Give the e-mail address, such as team@example.org; to remove"
                        + " the address, DELETE it."))
                : Either.right(address);
    }

}

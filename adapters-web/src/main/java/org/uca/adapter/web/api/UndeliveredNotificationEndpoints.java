package org.uca.adapter.web.api;

import static org.uca.adapter.web.http.Outcomes.orFail;

import org.uca.adapter.web.api.json.UndeliveredNotificationJson;
import org.uca.adapter.web.http.PathParams;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.application.port.in.NotificationDeliveryUseCase;

/** Notifications not delivered, for administrators: those that keep failing, and "retry now" (audited). */
final class UndeliveredNotificationEndpoints {

    private final JsonExchange json;
    private final NotificationDeliveryUseCase delivery;

    UndeliveredNotificationEndpoints(JsonExchange json, NotificationDeliveryUseCase delivery) {
        this.json = json;
        this.delivery = delivery;
    }

    void register(RouteTable routes) {
        routes.get("/api/admin/notifications/undelivered", UndeliveredNotificationJson.Listing.class, ctx -> json.write(
                ctx, 200, UndeliveredNotificationJson.Listing.from(orFail(delivery.undeliveredNotifications(
                        RequestSessions.me(ctx))))));
        routes.post("/api/admin/notifications/letters/{id}/retry", UndeliveredNotificationJson.LetterEmail.class,
                ctx -> json.write(ctx, 200, UndeliveredNotificationJson.LetterEmail.from(orFail(
                        delivery.retryLetterEmailNow(RequestSessions.me(ctx), PathParams.number(ctx, "id"))))));
        routes.post("/api/admin/notifications/{id}/retry", UndeliveredNotificationJson.class, ctx ->
                json.write(ctx, 200, UndeliveredNotificationJson.from(orFail(delivery.retryNow(RequestSessions.me(ctx),
                        PathParams.number(ctx, "id"))))));
    }
}

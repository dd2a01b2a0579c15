package org.uca.adapter.web.api;

import static org.uca.adapter.web.http.Outcomes.orFail;

import io.javalin.http.Context;
import io.vavr.collection.List;
import io.vavr.control.Either;
import org.uca.adapter.web.api.json.WebhookJson;
import org.uca.adapter.web.http.HttpProblem;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.input.Params;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.adapter.web.security.RoleBeforeInput;
import org.uca.application.port.in.Task;
import org.uca.application.port.in.WebhooksUseCase;

/**
 * The landlord's systems UCA sends events to, for administrators: registered (the signing secret answered once),
 * listed, disabled and enabled, given a new secret, and their delivery log, with redelivery.
 */
final class WebhookEndpoints {

    private final JsonExchange json;
    private final RoleBeforeInput roleFirst;
    private final WebhooksUseCase webhooks;

    WebhookEndpoints(JsonExchange json, RoleBeforeInput roleFirst, WebhooksUseCase webhooks) {
        this.json = json;
        this.roleFirst = roleFirst;
        this.webhooks = webhooks;
    }

    /** What a registration asks for. */
    private record Asked(String name, String url, java.util.List<String> types) {
    }

    void register(RouteTable routes) {
        routes.getList("/api/admin/webhooks", WebhookJson.class, ctx -> json.write(ctx, 200,
                orFail(webhooks.receivingSystems(RequestSessions.me(ctx))).map(WebhookJson::from).toJavaList()));
        routes.post("/api/admin/webhooks", WebhookJson.Registered.class, ctx -> json.write(ctx, 201,
                WebhookJson.Registered.from(orFail(roleFirst.parsed(ctx, Task.MANAGE_WEBHOOKS,
                        Either.right(asked(json.body(ctx))))
                        .flatMap(a -> webhooks.register(RequestSessions.me(ctx), a.name(), a.url(),
                                List.ofAll(a.types())))))));
        routes.post("/api/admin/webhooks/{system}/disable", WebhookJson.class, ctx -> json.write(ctx, 200,
                WebhookJson.from(orFail(webhooks.enable(RequestSessions.me(ctx), system(ctx), false)))));
        routes.post("/api/admin/webhooks/{system}/enable", WebhookJson.class, ctx -> json.write(ctx, 200,
                WebhookJson.from(orFail(webhooks.enable(RequestSessions.me(ctx), system(ctx), true)))));
        routes.post("/api/admin/webhooks/{system}/secret", WebhookJson.Registered.class, ctx -> json.write(ctx, 200,
                WebhookJson.Registered.from(orFail(webhooks.rotateSecret(RequestSessions.me(ctx), system(ctx))))));
        routes.getList("/api/admin/webhooks/{system}/deliveries", WebhookJson.DeliveryJson.class, ctx -> json.write(
                ctx, 200, orFail(webhooks.deliveries(RequestSessions.me(ctx), system(ctx)))
                        .map(WebhookJson.DeliveryJson::from).toJavaList()));
        routes.post("/api/admin/webhooks/{system}/deliveries/{delivery}/redeliver", WebhookJson.DeliveryJson.class,
                ctx -> json.write(ctx, 201, WebhookJson.DeliveryJson.from(orFail(webhooks.redeliver(
                        RequestSessions.me(ctx), system(ctx), number(ctx, "delivery"))))));
    }

    private static Asked asked(Params body) {
        return new Asked(body.one("name"), body.one("url"), body.all("types"));
    }

    static long system(Context ctx) {
        return number(ctx, "system");
    }

    /** A receiving system's or delivery's number, from 1; anything else names nothing there is. */
    static long number(Context ctx, String name) {
        try {
            long n = Long.parseLong(ctx.pathParam(name));
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to not found
        }
        throw new HttpProblem(404, "Not found", "There is no " + (name.equals("system") ? "receiving system "
                : "delivery ") + ctx.pathParam(name) + ".");
    }
}

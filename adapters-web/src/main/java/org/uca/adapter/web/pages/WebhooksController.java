package org.uca.adapter.web.pages;

import io.javalin.http.Context;
import io.vavr.control.Either;
import java.util.List;
import org.uca.adapter.web.http.Failures;
import org.uca.adapter.web.http.HttpProblem;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.input.FormParams;
import org.uca.adapter.web.security.OfferedTasks;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.adapter.web.security.RoleBeforeInput;
import org.uca.adapter.web.view.AdministrationPages.DeliveryLog;
import org.uca.adapter.web.view.AdministrationPages.DeliveryRow;
import org.uca.adapter.web.view.AdministrationPages.Notice;
import org.uca.adapter.web.view.AdministrationPages.WebhookList;
import org.uca.adapter.web.view.AdministrationPages.WebhookRow;
import org.uca.adapter.web.view.FormPage;
import org.uca.adapter.web.view.FormView.Choice;
import org.uca.adapter.web.view.UkDates;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.Task;
import org.uca.application.port.in.WebhooksUseCase;
import org.uca.application.port.out.Webhooks.EventType;

/**
 * The landlord's systems UCA sends events to, for administrators: the list, register one (its signing secret shown
 * once, on the page after), disable or enable, a new secret, and each system's delivery log with redelivery.
 */
public final class WebhooksController {

    private static final String HOME = "/admin/webhooks";

    private final PageWriter pages;
    private final RoleBeforeInput roleFirst;
    private final WebhooksUseCase webhooks;

    WebhooksController(PageWriter pages, RoleBeforeInput roleFirst, WebhooksUseCase webhooks) {
        this.pages = pages;
        this.roleFirst = roleFirst;
        this.webhooks = webhooks;
    }

    public void register(RouteTable routes) {
        routes.get(HOME, this::list);
        routes.get(HOME + "/new", ctx -> {
            OfferedTasks.requireOffered(ctx, Task.MANAGE_WEBHOOKS);
            registerForm(ctx, Form.fresh());
        });
        routes.post(HOME, ctx -> {
            Either<Failure, WebhooksUseCase.Registered> made = webhooks.register(RequestSessions.me(ctx),
                    ctx.formParam("name"), ctx.formParam("url"), io.vavr.collection.List.ofAll(
                            ctx.formParams("types")));
            if (made.isLeft() && made.getLeft() instanceof Failure.Refused refused) {
                roleFirst.refuseUnlessOffered(ctx, Task.MANAGE_WEBHOOKS);
                ctx.status(422);
                registerForm(ctx, Form.submitted(new FormParams(ctx.formParamMap()), refused.refusal()));
                return;
            }
            secret(ctx, "Receiving system registered", made.getOrElseThrow(Failures::problem));
        });
        routes.post(HOME + "/{system}/disable", ctx -> {
            var s = webhooks.enable(RequestSessions.me(ctx), system(ctx), false).getOrElseThrow(Failures::problem);
            pages.done(ctx, s.name() + " is disabled: UCA queues no more events for it (those queued are still"
                    + " sent).", HOME);
        });
        routes.post(HOME + "/{system}/enable", ctx -> {
            var s = webhooks.enable(RequestSessions.me(ctx), system(ctx), true).getOrElseThrow(Failures::problem);
            pages.done(ctx, s.name() + " is enabled: UCA queues events for it again.", HOME);
        });
        routes.post(HOME + "/{system}/secret", ctx -> secret(ctx, "New signing secret", webhooks.rotateSecret(
                RequestSessions.me(ctx), system(ctx)).getOrElseThrow(Failures::problem)));
        routes.get(HOME + "/{system}/deliveries", this::deliveries);
        routes.post(HOME + "/{system}/deliveries/{delivery}/redeliver", ctx -> {
            long system = system(ctx);
            var again = webhooks.redeliver(RequestSessions.me(ctx), system, number(ctx, "delivery"))
                    .getOrElseThrow(Failures::problem);
            pages.done(ctx, "Event " + again.eventId() + " is queued again, with the same webhook-id.",
                    HOME + "/" + system + "/deliveries");
        });
    }

    private void secret(Context ctx, String heading, WebhooksUseCase.Registered registered) {
        ctx.header("Cache-Control", "no-store");
        pages.render(ctx, "notice.jte", new Notice(pages.frame(ctx, heading), heading, "Give this signing secret"
                + " to whoever runs " + registered.system().name() + ", by a channel only they read; it cannot be"
                + " shown again. Their system checks each event with it, as the Standard Webhooks specification"
                + " describes: webhook-signature is v1, and the base64 HMAC-SHA256, keyed with the base64-decoded"
                + " bytes after whsec_, of webhook-id.webhook-timestamp.body. The events' JSON Schemas are at"
                + " /api/events/schemas.", registered.secret(), "Signing secret", HOME,
                "Back to the receiving systems"));
    }

    private void registerForm(Context ctx, Form form) {
        List<Choice> types = List.of(EventType.values()).stream().map(t -> new Choice(t.type(), t.label(), t.type()))
                .toList();
        var view = form.text("name", "Name", "The system, such as \"Repairs scheduling\"", "")
                .text("url", "Address", "Where UCA posts the events: an https address", "")
                .checkboxes("types", "Events", "Select the events this system takes", types, List.of())
                .view("Administration", "Register a receiving system", "A system of the landlord's that UCA tells"
                        + " when a restriction is authorised, varied, reviewed, lifted or entered in error, or an"
                        + " appeal is decided: references, kinds of measure, dates and links, never the reasons."
                        + " You will be shown its signing secret once.", HOME, "Register the system", HOME);
        var frame = pages.frame(ctx, "Register a receiving system");
        pages.render(ctx, "form.jte", new FormPage(form.summary().isEmpty() ? frame : frame.withErrors(
                form.summary()), view));
    }

    private void list(Context ctx) {
        OfferedTasks.requireOffered(ctx, Task.MANAGE_WEBHOOKS);
        List<WebhookRow> rows = webhooks.receivingSystems(RequestSessions.me(ctx)).getOrElseThrow(Failures::problem)
                .map(s -> new WebhookRow(s.name(), s.url(), s.types().map(EventType::label).mkString(", "),
                        s.enabled() ? "Enabled" : "Disabled", UkDates.dateTime(s.changedAt()) + " by "
                                + s.changedBy().value(), HOME + "/" + s.id() + "/deliveries",
                        HOME + "/" + s.id() + (s.enabled() ? "/disable" : "/enable"),
                        s.enabled() ? "Disable" : "Enable", HOME + "/" + s.id() + "/secret"))
                .toJavaList();
        pages.render(ctx, "webhooks.jte", new WebhookList(pages.frame(ctx, "Receiving systems"), rows));
    }

    private void deliveries(Context ctx) {
        OfferedTasks.requireOffered(ctx, Task.MANAGE_WEBHOOKS);
        long system = system(ctx);
        String name = webhooks.receivingSystems(RequestSessions.me(ctx)).getOrElseThrow(Failures::problem)
                .find(s -> s.id() == system).map(WebhooksUseCase.ReceivingSystem::name).getOrElse("");
        List<DeliveryRow> rows = webhooks.deliveries(RequestSessions.me(ctx), system).getOrElseThrow(
                Failures::problem).map(d -> new DeliveryRow(d.id(), d.eventId(), d.type().label(),
                        d.caseId().value().toString(), d.status().name().toLowerCase(java.util.Locale.ROOT),
                        UkDates.dateTime(d.queuedAt()), d.nextAttemptAt().map(UkDates::dateTime).getOrElse(""),
                        d.attempts().map(a -> UkDates.dateTime(a.at()) + ": " + a.statusCode().map(c -> "HTTP " + c)
                                .getOrElse("no answer") + a.error().filter(e -> !e.startsWith("HTTP "))
                                .map(e -> " (" + e + ")").getOrElse("")).toJavaList(),
                        HOME + "/" + system + "/deliveries/" + d.id() + "/redeliver"))
                .toJavaList();
        pages.render(ctx, "webhook-deliveries.jte", new DeliveryLog(pages.frame(ctx, "Deliveries to " + name), name,
                rows));
    }

    private static long system(Context ctx) {
        return number(ctx, "system");
    }

    private static long number(Context ctx, String name) {
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

package org.uca.adapter.web.pages;

import io.javalin.http.Context;
import java.util.List;
import org.uca.adapter.web.http.Failures;
import org.uca.adapter.web.http.PathParams;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.security.OfferedTasks;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.adapter.web.view.AdministrationPages.LetterEmailRow;
import org.uca.adapter.web.view.AdministrationPages.UndeliveredList;
import org.uca.adapter.web.view.AdministrationPages.UndeliveredRow;
import org.uca.adapter.web.view.UkDates;
import org.uca.application.port.in.NotificationDeliveryUseCase;
import org.uca.application.port.in.Task;

/**
 * Notifications not delivered, for administrators: those that keep failing (what, which case, attempts, last error,
 * next attempt) with "Retry now", and a warning when what waits is never tried, so nothing is e-mailing it.
 */
public final class UndeliveredNotificationsController {

    private final PageWriter pages;
    private final NotificationDeliveryUseCase delivery;

    UndeliveredNotificationsController(PageWriter pages, NotificationDeliveryUseCase delivery) {
        this.pages = pages;
        this.delivery = delivery;
    }

    public void register(RouteTable routes) {
        routes.get("/admin/notifications", this::list);
        routes.post("/admin/notifications/letters/{id}/retry", ctx -> {
            var retried = delivery.retryLetterEmailNow(RequestSessions.me(ctx), PathParams.number(ctx, "id"))
                    .getOrElseThrow(Failures::problem);
            pages.done(ctx, "The e-mail of letter " + retried.letter() + " to " + retried.emailTo() + " will be tried"
                    + " again at the relay's next run, within 30 seconds.", "/admin/notifications");
        });
        routes.post("/admin/notifications/{id}/retry", ctx -> {
            var retried = delivery.retryNow(RequestSessions.me(ctx), PathParams.number(ctx, "id"))
                    .getOrElseThrow(Failures::problem);
            pages.done(ctx, "Notification " + retried.id() + " will be tried again at the relay's next run, within"
                    + " 30 seconds.", "/admin/notifications");
        });
    }

    private void list(Context ctx) {
        OfferedTasks.requireOffered(ctx, Task.RETRY_NOTIFICATIONS);
        var deliveries = delivery.undeliveredNotifications(RequestSessions.me(ctx)).getOrElseThrow(Failures::problem);
        List<UndeliveredRow> rows = deliveries.failing().map(n -> new UndeliveredRow(n.id(), n.subject(),
                n.caseId().value().toString(), n.attempts(), n.lastError().getOrElse(""),
                n.nextAttemptAt().map(UkDates::dateTime).getOrElse("At the next run"),
                "/admin/notifications/" + n.id() + "/retry")).toJavaList();
        var never = deliveries.neverTried();
        String waiting = never.count() == 0 ? "No notification is waiting for its first attempt."
                : never.count() + (never.count() == 1 ? " notification is" : " notifications are")
                        + " waiting for their first attempt, the oldest written "
                        + never.oldest().map(UkDates::dateTime).getOrElse("") + ".";
        pages.render(ctx, "notifications.jte", new UndeliveredList(pages.frame(ctx, "Notifications not delivered"),
                rows, NotificationDeliveryUseCase.KEEPS_FAILING, waiting, deliveries.stalled(),
                deliveries.lastError().getOrElse(""), deliveries.letterEmails().map(e -> new LetterEmailRow(e.id(),
                        e.letter(), e.caseId().value().toString(), e.emailTo(), e.attempts(),
                        e.lastError().getOrElse(""), e.nextAttemptAt().map(UkDates::dateTime).getOrElse("At the next run"),
                        "/admin/notifications/letters/" + e.id() + "/retry")).toJavaList()));
    }
}

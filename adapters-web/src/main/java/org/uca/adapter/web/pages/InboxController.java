package org.uca.adapter.web.pages;

import io.javalin.http.Context;
import java.util.List;
import org.uca.adapter.web.http.Failures;
import org.uca.adapter.web.http.PathParams;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.security.OfferedTasks;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.adapter.web.view.InboxPages.InboxItemPage;
import org.uca.adapter.web.view.InboxPages.InboxList;
import org.uca.adapter.web.view.InboxPages.InboxRow;
import org.uca.adapter.web.view.UkDates;
import org.uca.application.port.in.ServiceDevelopmentInboxUseCase;
import org.uca.application.port.in.ServiceDevelopmentInboxUseCase.Item;
import org.uca.application.port.in.Task;

/**
 * The Service Development Team's notifications (policy 5.1): what, which case, when, whether e-mailed, and who in the
 * team has read each. Opening one records that you have.
 */
public final class InboxController {

    private final PageWriter pages;
    private final ServiceDevelopmentInboxUseCase inbox;

    InboxController(PageWriter pages, ServiceDevelopmentInboxUseCase inbox) {
        this.pages = pages;
        this.inbox = inbox;
    }

    public void register(RouteTable routes) {
        routes.get("/inbox", this::list);
        routes.get("/inbox/{id}", ctx -> {
            OfferedTasks.requireOffered(ctx, Task.READ_SDT_INBOX);
            Item item = inbox.open(RequestSessions.me(ctx), PathParams.number(ctx, "id"))
                    .getOrElseThrow(Failures::problem);
            pages.render(ctx, "inbox-item.jte", new InboxItemPage(pages.frame(ctx, item.subject()), row(item),
                    List.of(item.body().split("\n"))));
        });
    }

    private void list(Context ctx) {
        OfferedTasks.requireOffered(ctx, Task.READ_SDT_INBOX);
        int page = StaffInput.page(ctx);
        var found = inbox.inbox(RequestSessions.me(ctx), page).getOrElseThrow(Failures::problem);
        pages.render(ctx, "inbox.jte", new InboxList(pages.frame(ctx, "Notifications to the Service Development"
                + " Team"), found.items().map(InboxController::row).toJavaList(), found.total(), found.unread(),
                page > 1 ? "/inbox?page=" + (page - 1) : "", found.more() ? "/inbox?page=" + (page + 1) : ""));
    }

    static InboxRow row(Item item) {
        return new InboxRow(item.id(), item.subject(), "/inbox/" + item.id(), item.caseId().value().toString(),
                Addresses.caseHref(item.caseId()), UkDates.dateTime(item.at()),
                item.emailedAt().map(UkDates::dateTime).getOrElse("Not yet"),
                item.seenBy().isEmpty() ? "Nobody yet" : item.seenBy().map(r -> r.name() + " ("
                        + UkDates.dateTime(r.at()) + ")").mkString(", "), item.seenBy().isEmpty());
    }
}

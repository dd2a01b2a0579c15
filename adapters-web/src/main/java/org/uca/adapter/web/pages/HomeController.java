package org.uca.adapter.web.pages;

import static org.uca.adapter.web.http.Outcomes.orFail;
import static org.uca.adapter.web.pages.Addresses.caseHref;

import io.javalin.http.Context;
import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.List;
import org.uca.adapter.web.http.Outcomes;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.input.Paging;
import org.uca.adapter.web.security.OfferedTasks;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.adapter.web.view.HomePage;
import org.uca.adapter.web.view.Link;
import org.uca.adapter.web.view.PageFrame;
import org.uca.adapter.web.view.UkDates;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.MyWorkQuery;
import org.uca.application.port.in.WorkQueuesQuery;
import org.uca.application.port.in.MyWorkQuery.MyWork;
import org.uca.application.port.in.Task;

/**
 * My work, in one call: the appeals and reviews due that the user may act on, those waiting on someone else (saying
 * on whom), and the cases the user is involved in.
 */
public final class HomeController {

    private final PageWriter pages;
    private final MyWorkQuery myWork;

    public HomeController(PageWriter pages, MyWorkQuery myWork) {
        this.pages = pages;
        this.myWork = myWork;
    }

    public void register(RouteTable routes) {
        routes.get("/", this::home);
    }

    private void home(Context ctx) {
        if (OfferedTasks.offered(ctx, Task.SAFE_VISIT) && !OfferedTasks.offered(ctx, Task.VIEW_CASE)) {
            ctx.redirect("/visits"); // a contractor's one page
            return;
        }
        boolean canView = OfferedTasks.offered(ctx, Task.VIEW_CASE);
        boolean seesQueues = canView && OfferedTasks.offered(ctx, Task.SEE_WORK_QUEUES);
        List<HomePage.WorkRow> toActOn = new ArrayList<>();
        List<HomePage.WorkRow> waiting = new ArrayList<>();
        List<HomePage.WorkRow> mine = new ArrayList<>();
        String previous = null;
        String next = null;
        PageFrame frame = pages.frame(ctx, "My work");
        if (seesQueues) {
            Either<Failure, MyWork> asked = Outcomes.refusedIfInvalid(Paging.of(ctx.queryParam("page"),
                    ctx.queryParam("size"))).flatMap(p -> myWork.myWork(RequestSessions.me(ctx), p.page(), p.size()));
            if (asked.isLeft() && asked.getLeft() instanceof Failure.Refused refused) {
                ctx.status(422); // a page number or size that is not one: the first page, and the error summary
                frame = frame.withErrors(refused.refusal().problems()
                        .map(p -> new PageFrame.ErrorItem(p.reason(), "#my-cases")).toJavaList());
                asked = myWork.myWork(RequestSessions.me(ctx));
            }
            MyWork work = orFail(asked);
            previous = work.page() > 1 ? href(work.page() - 1, work.size()) : null;
            next = work.hasNext() ? href(work.page() + 1, work.size()) : null;
            work.appealsToDecide().forEach(a -> toActOn.add(appealRow(a)));
            work.reviewsToDo().forEach(r -> toActOn.add(reviewRow(r)));
            work.correspondenceToScreen().forEach(f -> toActOn.add(correspondenceRow(f)));
            work.noticesToRecheck().forEach(n -> toActOn.add(noticeRow(n)));
            work.appealsWaitingOnOthers().forEach(a -> waiting.add(appealRow(a)));
            work.reviewsWaitingOnOthers().forEach(r -> waiting.add(reviewRow(r)));
            for (MyWorkQuery.MyCase c : work.myCases()) {
                mine.add(new HomePage.WorkRow(c.residentName(), caseHref(c.caseId()),
                        c.restricted() ? "Restrictions in force" : "No restrictions in force",
                        c.nextReview().map(d -> "Review " + UkDates.date(d)).getOrElse(""), c.reviewOverdue()));
            }
        }
        pages.render(ctx, "home.jte", new HomePage(frame, canView, seesQueues, toActOn, waiting, mine,
                seesQueues && OfferedTasks.offered(ctx, Task.WITHHOLD_NOTICE),
                OfferedTasks.offered(ctx, Task.SEE_MONITORING), previous, next, administration(ctx)));
    }

    private static HomePage.WorkRow appealRow(MyWorkQuery.AppealWaiting a) {
        return new HomePage.WorkRow(a.residentName(), caseHref(a.appeal().caseId()),
                "Appeal " + a.appeal().appeal() + " against decision " + a.appeal().decision()
                        + a.waitsOn().map(who -> ", waiting on " + who).getOrElse(""),
                UkDates.date(a.appeal().dueBy()) + (a.overdue() ? "" : " (" + a.workingDaysLeft()
                        + " working days left)"), a.overdue());
    }

    private static HomePage.WorkRow correspondenceRow(MyWorkQuery.CorrespondenceWaiting f) {
        return new HomePage.WorkRow(f.residentName(), Addresses.caseHref(f.correspondence().caseId())
                + "#correspondence", "Screen correspondence " + f.correspondence().correspondence()
                + " filed without a reply (received " + UkDates.date(f.correspondence().receivedOn()) + ")",
                UkDates.date(f.correspondence().screenBy()) + (f.overdue() ? "" : " (" + f.workingDaysLeft()
                        + " working days left)"), f.overdue());
    }

    /** A notice withheld to re-check, linked to its re-check: in My work, and the whole queue's page. */
    static HomePage.WorkRow noticeRow(WorkQueuesQuery.NoticeToRecheck n) {
        return new HomePage.WorkRow(n.residentName(), Addresses.caseHref(n.notice().caseId()) + "/decisions/"
                + n.notice().decision() + "/notice-recheck", "Re-check notice of decision " + n.notice().decision()
                + " withheld from the resident", UkDates.date(n.notice().recheckOn()), n.overdue());
    }

    private static HomePage.WorkRow reviewRow(MyWorkQuery.ReviewWaiting r) {
        return new HomePage.WorkRow(r.residentName(), caseHref(r.review().caseId()),
                "Review of decision " + r.review().decision() + r.waitsOn().map(who -> ", waiting on " + who)
                        .getOrElse(""), UkDates.date(r.review().reviewDate()), r.overdue());
    }

    /** An administrator's work: the pages of their tasks, each only when offered. */
    private static List<Link> administration(Context ctx) {
        List<Link> links = new ArrayList<>();
        if (OfferedTasks.offered(ctx, Task.MANAGE_STAFF)) {
            links.add(new Link("Staff", "/admin/staff"));
        }
        if (OfferedTasks.offered(ctx, Task.MANAGE_ACCOUNTS)) {
            links.add(new Link("Sign-in accounts", "/admin/accounts"));
        }
        if (OfferedTasks.offered(ctx, Task.IMPORT_RESIDENTS)) {
            links.add(new Link("Import residents", "/residents/import"));
        }
        if (OfferedTasks.offered(ctx, Task.MANAGE_MACHINE_CREDENTIALS)) {
            links.add(new Link("Machine credentials", "/admin/machine-credentials"));
        }
        if (OfferedTasks.offered(ctx, Task.MANAGE_WEBHOOKS)) {
            links.add(new Link("Receiving systems (webhooks)", "/admin/webhooks"));
        }
        if (OfferedTasks.offered(ctx, Task.RETRY_NOTIFICATIONS)) {
            links.add(new Link("Notifications not delivered", "/admin/notifications"));
        }
        if (OfferedTasks.offered(ctx, Task.SET_NOTIFICATION_ADDRESSES)) {
            links.add(new Link("Notification addresses", "/admin/notification-addresses"));
        }
        if (OfferedTasks.offered(ctx, Task.EXPORT_SUBJECT_ACCESS)) {
            links.add(new Link("Subject access requests", "/subject-access"));
        }
        return links;
    }

    private static String href(int page, int size) {
        return "/?page=" + page + (size == MyWorkQuery.MY_CASES_SHOWN ? "" : "&size=" + size);
    }
}

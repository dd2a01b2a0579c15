package org.uca.adapter.web.pages;

import static org.uca.adapter.web.http.Outcomes.orFail;
import static org.uca.adapter.web.pages.Addresses.article;
import static org.uca.adapter.web.pages.Addresses.caseHref;

import io.javalin.http.Context;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.security.OfferedTasks;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.adapter.web.view.HomePage;
import org.uca.adapter.web.view.UkDates;
import org.uca.application.port.in.Task;
import org.uca.application.port.in.ViewCaseQuery;
import org.uca.application.port.in.ViewCaseQuery.CaseView;
import org.uca.application.port.in.WorkQueuesQuery;
import org.uca.domain.cases.CaseId;
import org.uca.domain.people.StaffId;

/** My work: the appeals and reviews due for a manager, and the cases the user is involved in. */
public final class HomeController {

    private final PageWriter pages;
    private final WorkQueuesQuery workQueues;
    private final ViewCaseQuery viewCase;

    public HomeController(PageWriter pages, WorkQueuesQuery workQueues, ViewCaseQuery viewCase) {
        this.pages = pages;
        this.workQueues = workQueues;
        this.viewCase = viewCase;
    }

    public void register(RouteTable routes) {
        routes.get("/", this::home);
    }

    private void home(Context ctx) {
        StaffId me = RequestSessions.me(ctx);
        boolean canView = OfferedTasks.offered(ctx, Task.VIEW_CASE);
        boolean canDecide = OfferedTasks.offered(ctx, Task.DECIDE_APPEAL);
        List<HomePage.WorkRow> appeals = new ArrayList<>();
        List<HomePage.WorkRow> reviews = new ArrayList<>();
        List<HomePage.WorkRow> mine = new ArrayList<>();
        // The use cases this page calls (a page read model can replace them in one place).
        Map<CaseId, String> names = new HashMap<>();
        Function<CaseId, String> nameOf = id -> names.computeIfAbsent(id, c -> viewCase.viewCase(me, c)
                .map(v -> v.resident().name()).getOrElse(c.toString()));
        if (canView && canDecide) {
            for (WorkQueuesQuery.AppealToDecide a : orFail(workQueues.appealsDue(me, 10))) {
                appeals.add(new HomePage.WorkRow(nameOf.apply(a.appeal().caseId()), caseHref(a.appeal().caseId()),
                        "Appeal " + a.appeal().appeal() + " against decision " + a.appeal().decision() + ", for "
                                + article(a.appeal().reviewLevel()) + " " + a.appeal().reviewLevel().title(),
                        UkDates.date(a.appeal().dueBy()) + (a.overdue() ? "" : " (" + a.workingDaysLeft()
                                + " working days left)"), a.overdue()));
            }
            for (WorkQueuesQuery.ReviewToDo r : orFail(workQueues.reviewsDue(me, 30))) {
                reviews.add(new HomePage.WorkRow(nameOf.apply(r.review().caseId()), caseHref(r.review().caseId()),
                        "Review of decision " + r.review().decision(), UkDates.date(r.review().reviewDate()),
                        r.overdue()));
            }
        }
        if (canView) {
            for (CaseId id : orFail(workQueues.myCases(me)).take(50)) {
                Option<CaseView> view = viewCase.viewCase(me, id).toOption();
                view.forEach(v -> mine.add(new HomePage.WorkRow(v.resident().name(), caseHref(id),
                        v.guidanceNow().restricted() ? "Restrictions in force" : "No restrictions in force",
                        v.guidanceNow().nextReview().map(d -> "Review " + UkDates.date(d)).getOrElse(""),
                        v.guidanceNow().reviewOverdue())));
            }
        }
        pages.render(ctx, "home.jte", new HomePage(pages.frame(ctx, "My work"), canView, canDecide, appeals,
                reviews, mine, OfferedTasks.offered(ctx, Task.SEE_MONITORING)));
    }
}

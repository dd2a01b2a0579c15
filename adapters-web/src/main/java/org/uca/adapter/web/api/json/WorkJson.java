package org.uca.adapter.web.api.json;

import java.util.List;
import org.uca.application.port.in.MyWorkQuery;
import org.uca.domain.people.AuthorityLevel;

/** A page of my work: the appeals and reviews due (for a manager who decides them), and the cases I am involved in. */
public record WorkJson(List<AppealDue> appealsDue, List<ReviewDue> reviewsDue, List<String> myCases) {

    public record AppealDue(String caseId, String resident, int appeal, int decision, String dueBy,
            AuthorityLevel reviewLevel, boolean overdue, int workingDaysLeft) {

        static AppealDue from(MyWorkQuery.AppealWaiting a) {
            return new AppealDue(a.appeal().caseId().toString(), a.appeal().resident().value(),
                    a.appeal().appeal().number(), a.appeal().decision().number(), a.appeal().dueBy().toString(),
                    a.appeal().reviewLevel(), a.overdue(), a.workingDaysLeft());
        }
    }

    public record ReviewDue(String caseId, String resident, int decision, String reviewDate, boolean overdue) {

        static ReviewDue from(MyWorkQuery.ReviewWaiting r) {
            return new ReviewDue(r.review().caseId().toString(), r.review().resident().value(),
                    r.review().decision().number(), r.review().reviewDate().toString(), r.overdue());
        }
    }

    /** The appeals and reviews only for someone who decides them (as the home page shows them). */
    public static WorkJson from(MyWorkQuery.MyWork work, boolean decides) {
        return new WorkJson(decides ? work.appealsDue().map(AppealDue::from).toJavaList() : List.of(),
                decides ? work.reviewsDue().map(ReviewDue::from).toJavaList() : List.of(),
                work.myCases().map(c -> c.caseId().toString()).toJavaList());
    }
}

package org.uca.adapter.web.api.json;

import io.vavr.collection.Seq;
import java.util.List;
import org.uca.application.port.in.WorkQueuesQuery;
import org.uca.domain.cases.CaseId;
import org.uca.domain.people.AuthorityLevel;

/** My work: the appeals and reviews due (for a manager who decides them), and the cases I am involved in. */
public record WorkJson(List<AppealDue> appealsDue, List<ReviewDue> reviewsDue, List<String> myCases) {

    public record AppealDue(String caseId, String resident, int appeal, int decision, String dueBy,
            AuthorityLevel reviewLevel, boolean overdue, int workingDaysLeft) {

        static AppealDue from(WorkQueuesQuery.AppealToDecide a) {
            return new AppealDue(a.appeal().caseId().toString(), a.appeal().resident().value(),
                    a.appeal().appeal().number(), a.appeal().decision().number(), a.appeal().dueBy().toString(),
                    a.appeal().reviewLevel(), a.overdue(), a.workingDaysLeft());
        }
    }

    public record ReviewDue(String caseId, String resident, int decision, String reviewDate, boolean overdue) {

        static ReviewDue from(WorkQueuesQuery.ReviewToDo r) {
            return new ReviewDue(r.review().caseId().toString(), r.review().resident().value(),
                    r.review().decision().number(), r.review().reviewDate().toString(), r.overdue());
        }
    }

    public static WorkJson from(Seq<WorkQueuesQuery.AppealToDecide> appeals, Seq<WorkQueuesQuery.ReviewToDo> reviews,
            Seq<CaseId> mine) {
        return new WorkJson(appeals.map(AppealDue::from).toJavaList(), reviews.map(ReviewDue::from).toJavaList(),
                mine.map(CaseId::toString).toJavaList());
    }
}

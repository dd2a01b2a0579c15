package org.uca.adapter.web.api.json;

import io.vavr.collection.Seq;
import java.util.List;
import org.uca.application.port.in.MyWorkQuery;
import org.uca.application.port.in.WorkQueuesQuery;
import org.uca.domain.people.AuthorityLevel;

/**
 * A page of my work: the appeals and reviews due that are mine to act on, those waiting on someone else (saying on
 * whom, policy 4.2), the cases I am involved in, correspondence to screen and, for an Assistant Director or above,
 * notices withheld whose re-check has come.
 */
public record WorkJson(Queue forYou, Queue waitingOnSomeoneElse, List<String> myCases,
        List<CorrespondenceToScreen> correspondenceToScreen, List<NoticeToRecheck> noticesToRecheck) {

    /**
     * Correspondence filed without a reply and not yet screened, the earliest deadline first; any officer or manager
     * may screen it.
     *
     * @param workingDaysLeft negative when overdue
     */
    public record CorrespondenceToScreen(String caseId, String resident, int correspondence, String receivedOn,
            String screenBy, boolean overdue, int workingDaysLeft) {

        static CorrespondenceToScreen from(MyWorkQuery.CorrespondenceWaiting f) {
            return new CorrespondenceToScreen(f.correspondence().caseId().toString(),
                    f.correspondence().resident().value(), f.correspondence().correspondence(),
                    f.correspondence().receivedOn().toString(), f.correspondence().screenBy().toString(),
                    f.overdue(), f.workingDaysLeft());
        }
    }

    /** Appeals and reviews due, overdue ones first. */
    public record Queue(List<AppealDue> appealsDue, List<ReviewDue> reviewsDue) {

        static Queue of(Seq<MyWorkQuery.AppealWaiting> appeals, Seq<MyWorkQuery.ReviewWaiting> reviews) {
            return new Queue(appeals.map(AppealDue::from).toJavaList(), reviews.map(ReviewDue::from).toJavaList());
        }
    }

    /** @param waitsOn who may decide it, when I may not; null when it is mine to decide */
    public record AppealDue(String caseId, String resident, int appeal, int decision, String dueBy,
            AuthorityLevel reviewLevel, boolean overdue, int workingDaysLeft, String waitsOn) {

        static AppealDue from(MyWorkQuery.AppealWaiting a) {
            return new AppealDue(a.appeal().caseId().toString(), a.appeal().resident().value(),
                    a.appeal().appeal().number(), a.appeal().decision().number(), a.appeal().dueBy().toString(),
                    a.appeal().reviewLevel(), a.overdue(), a.workingDaysLeft(), a.waitsOn().getOrNull());
        }
    }

    /**
     * @param reviewLevel the level the measures in force need, which their reviewer needs too
     * @param waitsOn     who may review it, when I may not; null when it is mine to review
     */
    public record ReviewDue(String caseId, String resident, int decision, String reviewDate,
            AuthorityLevel reviewLevel, boolean overdue, String waitsOn) {

        static ReviewDue from(MyWorkQuery.ReviewWaiting r) {
            return new ReviewDue(r.review().caseId().toString(), r.review().resident().value(),
                    r.review().decision().number(), r.review().reviewDate().toString(),
                    r.review().requiredAuthority(), r.overdue(), r.waitsOn().getOrNull());
        }
    }

    public static WorkJson from(MyWorkQuery.MyWork work) {
        return new WorkJson(Queue.of(work.appealsToDecide(), work.reviewsToDo()),
                Queue.of(work.appealsWaitingOnOthers(), work.reviewsWaitingOnOthers()),
                work.myCases().map(c -> c.caseId().toString()).toJavaList(),
                work.correspondenceToScreen().map(CorrespondenceToScreen::from).toJavaList(),
                work.noticesToRecheck().map(NoticeToRecheck::from).toJavaList());
    }

    /** Notices withheld to re-check (issue 15 §3): re-check date today or passed, overdue ones first. */
    public record NoticesToRecheck(List<NoticeToRecheck> notices) {

        public static NoticesToRecheck from(Seq<WorkQueuesQuery.NoticeToRecheck> notices) {
            return new NoticesToRecheck(notices.map(NoticeToRecheck::from).toJavaList());
        }
    }

    /** A decision whose notice is withheld, due for re-check: it stands until ended, in force or not. */
    public record NoticeToRecheck(String caseId, String resident, int decision, String recheckOn, boolean overdue) {

        static NoticeToRecheck from(WorkQueuesQuery.NoticeToRecheck n) {
            return new NoticeToRecheck(n.notice().caseId().toString(), n.notice().resident().value(),
                    n.notice().decision().number(), n.notice().recheckOn().toString(), n.overdue());
        }
    }
}

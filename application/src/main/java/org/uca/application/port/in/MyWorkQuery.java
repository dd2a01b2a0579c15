package org.uca.application.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;
import org.uca.application.port.out.CaseQueries.AppealDue;
import org.uca.application.port.out.CaseQueries.CorrespondenceDue;
import org.uca.application.port.out.CaseQueries.ReviewDue;
import org.uca.domain.cases.CaseId;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;

/**
 * A member of staff's work in one call (the task {@link Task#SEE_WORK_QUEUES}): appeals and reviews due or overdue,
 * those they may act on apart from those waiting on someone else, and the cases they acted on, every row with the
 * resident's name.
 */
public interface MyWorkQuery {

    /** Appeals due within this many working days are shown (an appeal is decided within 10, policy 4.2). */
    int APPEALS_WITHIN_WORKING_DAYS = 10;

    /** Reviews due within this many calendar days are shown. */
    int REVIEWS_WITHIN_DAYS = 30;

    /**
     * A page of my work holds this many of each list when the asker does not say: appeals, reviews and my cases (the
     * most recently acted on first).
     */
    int MY_CASES_SHOWN = 50;

    /** The most a page of my work holds of each list. */
    int MAX_PAGE_SIZE = 100;

    /** The first page of each list. */
    default Either<Failure, MyWork> myWork(StaffId askedBy) {
        return myWork(askedBy, 1, MY_CASES_SHOWN);
    }

    /**
     * One page of my work: the {@code page}th {@code size} rows of each of its three lists.
     *
     * @param page from 1
     * @param size from 1 to {@link #MAX_PAGE_SIZE}
     */
    Either<Failure, MyWork> myWork(StaffId askedBy, int page, int size);

    /**
     * A page of my work. The appeals and reviews due are one list each, paged together; each page is split into what
     * the asker may act on and what waits on someone else (policy 4.2), so a later page may hold more of either.
     *
     * @param appealsToDecide        appeals the asker may decide: at the appeal's review level or above, and not
     *                               the maker of the decision appealed against
     * @param reviewsToDo            restrictions the asker may review: at the level their measures need or above
     * @param appealsWaitingOnOthers the other appeals due, each saying who it waits on
     * @param reviewsWaitingOnOthers the other reviews due, each saying who it waits on
     * @param noticesToRecheck       notices withheld whose re-check has come, for an Assistant Director or above
     *                               (empty for others)
     * @param page                   which page of each list this is, from 1
     * @param moreCases              there is a next page of my cases (and so on for the other lists)
     */
    record MyWork(Seq<AppealWaiting> appealsToDecide, Seq<ReviewWaiting> reviewsToDo,
            Seq<AppealWaiting> appealsWaitingOnOthers, Seq<ReviewWaiting> reviewsWaitingOnOthers, Seq<MyCase> myCases,
            Seq<CorrespondenceWaiting> correspondenceToScreen, Seq<WorkQueuesQuery.NoticeToRecheck> noticesToRecheck, int page,
            int size, boolean moreAppeals, boolean moreReviews, boolean moreCases, boolean moreCorrespondence,
            boolean moreNotices) {

        /** Some list goes on on the next page. */
        public boolean hasNext() {
            return moreAppeals || moreReviews || moreCases || moreCorrespondence || moreNotices;
        }

        public MyWork {
            Objects.requireNonNull(appealsToDecide, "appealsToDecide");
            Objects.requireNonNull(reviewsToDo, "reviewsToDo");
            Objects.requireNonNull(appealsWaitingOnOthers, "appealsWaitingOnOthers");
            Objects.requireNonNull(reviewsWaitingOnOthers, "reviewsWaitingOnOthers");
            Objects.requireNonNull(myCases, "myCases");
            Objects.requireNonNull(correspondenceToScreen, "correspondenceToScreen");
            Objects.requireNonNull(noticesToRecheck, "noticesToRecheck");
        }
    }

    /**
     * Correspondence filed without a reply and not yet screened, the earliest deadline first: any officer or manager
     * may screen it.
     *
     * @param workingDaysLeft negative when overdue
     */
    record CorrespondenceWaiting(CorrespondenceDue correspondence, String residentName, boolean overdue,
            int workingDaysLeft) {
        public CorrespondenceWaiting {
            Objects.requireNonNull(correspondence, "correspondence");
            Objects.requireNonNull(residentName, "residentName");
        }
    }

    /**
     * An undecided appeal, overdue ones first.
     *
     * @param workingDaysLeft negative when overdue
     * @param waitsOn         who may decide it, when the asker may not: "an Assistant Director or above who did not
     *                        make the decision"; none when it is the asker's to decide
     */
    record AppealWaiting(AppealDue appeal, String residentName, boolean overdue, int workingDaysLeft,
            Option<String> waitsOn) {
        public AppealWaiting {
            Objects.requireNonNull(appeal, "appeal");
            Objects.requireNonNull(residentName, "residentName");
            Objects.requireNonNull(waitsOn, "waitsOn");
        }
    }

    /**
     * A restriction due for review, overdue ones first.
     *
     * @param waitsOn who may review it, when the asker may not ("an Assistant Director or above"); none when it is
     *                the asker's to review
     */
    record ReviewWaiting(ReviewDue review, String residentName, boolean overdue, Option<String> waitsOn) {
        public ReviewWaiting {
            Objects.requireNonNull(review, "review");
            Objects.requireNonNull(residentName, "residentName");
            Objects.requireNonNull(waitsOn, "waitsOn");
        }
    }

    /**
     * A case the member of staff acted on, as contact guidance sums it up today.
     *
     * @param nextReview    the earliest review date of the restrictions in force
     * @param reviewOverdue whether that date has passed
     */
    record MyCase(CaseId caseId, ResidentId resident, String residentName, boolean restricted,
            Option<LocalDate> nextReview, boolean reviewOverdue) {
        public MyCase {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(resident, "resident");
            Objects.requireNonNull(residentName, "residentName");
            Objects.requireNonNull(nextReview, "nextReview");
        }
    }
}

package org.uca.application.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.uca.application.port.out.CaseQueries.AppealDue;
import org.uca.application.port.out.CaseQueries.NoticeRecheckDue;
import org.uca.application.port.out.CaseQueries.CorrespondenceDue;
import org.uca.application.port.out.CaseQueries.RestrictedResident;
import org.uca.application.port.out.CaseQueries.ReviewDue;
import org.uca.domain.cases.CaseId;
import org.uca.domain.people.StaffId;

/** The lists managers work from: appeals and reviews due or overdue, restricted residents, my cases. */
public interface WorkQueuesQuery {

    /** Undecided appeals due within {@code workingDays} working days from today, overdue ones first. */
    Either<Failure, Seq<AppealToDecide>> appealsDue(StaffId askedBy, int workingDays);

    /** Restrictions whose review falls within {@code days} calendar days, overdue ones first. */
    Either<Failure, Seq<ReviewToDo>> reviewsDue(StaffId askedBy, int days);

    Either<Failure, Seq<RestrictedResident>> residentsWithRestrictions(StaffId askedBy);

    /**
     * Notices withheld to re-check: decisions whose notice is withheld from the resident and whose re-check date is
     * today or has passed, overdue ones first (issue 15 §3). A withholding stands until ended, whether or not the
     * decision is still in force (a decision entered in error aside). Only for those who may withhold notice, who
     * re-check it ({@link Task#WITHHOLD_NOTICE}).
     */
    Either<Failure, Seq<NoticeToRecheck>> noticesWithheldToRecheck(StaffId askedBy);
    /** Correspondence filed without a reply and not yet screened, the earliest deadline first. */
    Either<Failure, Seq<CorrespondenceToScreen>> correspondenceToScreen(StaffId askedBy);

    /** Cases the member of staff has acted on. */
    Either<Failure, Seq<CaseId>> myCases(StaffId askedBy);

    /** @param workingDaysLeft negative when overdue */
    record AppealToDecide(AppealDue appeal, boolean overdue, int workingDaysLeft) {
    }

    record ReviewToDo(ReviewDue review, boolean overdue) {
    }

    /** A notice withheld whose re-check date has come, with the resident's name (in the queue and in My work). */
    record NoticeToRecheck(NoticeRecheckDue notice, String residentName, boolean overdue) {
        public NoticeToRecheck {
            java.util.Objects.requireNonNull(notice, "notice");
            java.util.Objects.requireNonNull(residentName, "residentName");
        }
    }

    /** @param workingDaysLeft negative when overdue */
    record CorrespondenceToScreen(CorrespondenceDue correspondence, boolean overdue, int workingDaysLeft) {
    }
}

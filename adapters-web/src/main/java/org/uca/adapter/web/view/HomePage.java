package org.uca.adapter.web.view;

import java.util.List;

/**
 * My work: the appeals and reviews due that are the user's to act on, those waiting on someone else, and a page of the
 * cases the user is involved in.
 *
 * @param seesWorkQueues whether the user sees the work queues at all
 * @param toActOn        the appeals, then the reviews, the correspondence to screen and the notices withheld to
 *                       re-check that are due and the user may act on (policy 4.2; issue 15 §2, §3)
 * @param waitingOnOthers the others due, each saying who it waits on
 * @param rechecksNotices whether the user signs off notices withheld, and so is linked to all those to re-check
 * @param previous       the previous page of my work's address, or null on the first
 * @param next           the next page's address, or null on the last
 * @param administration the administration pages the user is offered (none for most)
 */
public record HomePage(PageFrame frame, boolean canViewCases, boolean seesWorkQueues, List<WorkRow> toActOn,
        List<WorkRow> waitingOnOthers, List<WorkRow> myCases, boolean rechecksNotices, boolean canMonitor,
        String previous, String next,
        List<Link> administration) {

    public record WorkRow(String residentName, String href, String detail, String due, boolean overdue) {
    }
}

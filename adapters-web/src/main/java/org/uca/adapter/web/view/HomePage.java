package org.uca.adapter.web.view;

import java.util.List;

/**
 * My work: appeals and reviews due, and a page of the cases the user is involved in.
 *
 * @param previous the previous page of my cases' address, or null on the first
 * @param next     the next page's address, or null on the last
 * @param administration the administration pages the user is offered (none for most)
 */
public record HomePage(PageFrame frame, boolean canViewCases, boolean canDecide, List<WorkRow> appeals,
        List<WorkRow> reviews, List<WorkRow> myCases, boolean canMonitor, String previous, String next,
        List<Link> administration) {

    public record WorkRow(String residentName, String href, String detail, String due, boolean overdue) {
    }
}

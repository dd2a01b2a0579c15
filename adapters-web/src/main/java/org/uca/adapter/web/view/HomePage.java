package org.uca.adapter.web.view;

import java.util.List;

/** My work: appeals and reviews due, and the cases the user is involved in. */
public record HomePage(PageFrame frame, boolean canViewCases, boolean canDecide, List<WorkRow> appeals,
        List<WorkRow> reviews, List<WorkRow> myCases, boolean canMonitor) {

    public record WorkRow(String residentName, String href, String detail, String due, boolean overdue) {
    }
}

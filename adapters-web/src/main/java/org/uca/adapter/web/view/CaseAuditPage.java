package org.uca.adapter.web.view;

import java.util.List;

/**
 * A case's audit page: every attempt about the case and who has looked at it, newest first, a page of each.
 *
 * @param previousAttempts {@code ""} on the first page (and so on for the other links)
 */
public record CaseAuditPage(PageFrame frame, String caseHref, String residentName, List<AttemptRow> attempts,
        long attemptsTotal, String newerAttempts, String olderAttempts, List<LookRow> looks, long looksTotal,
        String newerLooks, String olderLooks) {

    /** @param who the name and role, "Priya Shah (Officer)" */
    public record AttemptRow(String at, String who, String what, String outcome, String why, boolean beforeTheCase) {
    }

    public record LookRow(String at, String who, String what) {
    }
}

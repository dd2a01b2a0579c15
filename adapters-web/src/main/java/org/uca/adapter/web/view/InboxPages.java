package org.uca.adapter.web.view;

import java.util.List;

/** The Service Development Team's inbox pages. */
public final class InboxPages {

    private InboxPages() {
    }

    /** @param previous {@code ""} on the first page; @param next {@code ""} on the last */
    public record InboxList(PageFrame frame, List<InboxRow> rows, long total, long unread, String previous,
            String next) {
    }

    /** @param emailed when its e-mail was accepted, or "Not yet"; @param seenBy who read it, when */
    public record InboxRow(long id, String subject, String href, String caseId, String caseHref, String at,
            String emailed, String seenBy, boolean unread) {
    }

    public record InboxItemPage(PageFrame frame, InboxRow item, List<String> lines) {
    }
}

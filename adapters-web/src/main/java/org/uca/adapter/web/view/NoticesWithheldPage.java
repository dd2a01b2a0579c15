package org.uca.adapter.web.view;

import java.util.List;

/** The work queue of notices withheld to re-check (issue 15 §3), overdue ones first. */
public record NoticesWithheldPage(PageFrame frame, List<HomePage.WorkRow> rows) {
}

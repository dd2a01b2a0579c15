package org.uca.adapter.web.view;

import java.util.List;

/**
 * The guidance banner another system's screen frames: what the banner's JSON says, with the review date in words.
 *
 * @param reviewDate the next review, as staff read it (null if nothing is in force)
 * @param casePath   the case in UCA, for those who may see it (null for others)
 */
public record BannerPage(String landlord, String resident, String name, boolean restricted, String headline,
        List<String> whatToDo, List<String> whatNotToDo, String reviewDate, boolean reviewOverdue,
        String guidancePath, String casePath) {
}

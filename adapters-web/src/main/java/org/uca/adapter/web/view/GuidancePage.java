package org.uca.adapter.web.view;

import java.util.List;

/** A resident's contact guidance: what staff may and may not do now, and the contact-time form. */
public record GuidancePage(PageFrame frame, String residentName, String reference, String address,
        boolean restricted, List<String> allowed, List<String> notAllowed, String singlePointOfContact,
        String timeAllowance, boolean allowanceUsedUp, String reviewDate, boolean reviewOverdue, String caseHref,
        List<Link> actions, FormView contactForm) {
}

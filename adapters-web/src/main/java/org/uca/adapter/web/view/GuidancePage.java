package org.uca.adapter.web.view;

import java.util.List;

/**
 * A resident's contact guidance: what staff may and may not do now, and the contact-time form.
 *
 * @param service  the service the guidance is shown for ({@code ?service=}), or "" for all services
 * @param services the services to choose from, for the filter above the guidance
 */
public record GuidancePage(PageFrame frame, String residentName, String reference, String address,
        boolean restricted, List<String> allowed, List<String> notAllowed, String singlePointOfContact,
        String timeAllowance, boolean allowanceUsedUp, String reviewDate, boolean reviewOverdue, String caseHref,
        List<Link> actions, FormView contactForm, String service, List<FormView.Choice> services) {

    /** The heading's words for the service shown: "for repairs", or "for all services". */
    public String shownFor() {
        return services.stream().filter(c -> c.value().equals(service)).findFirst()
                .map(c -> "for " + c.label().toLowerCase(java.util.Locale.UK)).orElse("for all services");
    }
}

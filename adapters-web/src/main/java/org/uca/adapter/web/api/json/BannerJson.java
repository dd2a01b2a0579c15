package org.uca.adapter.web.api.json;

import java.util.List;
import org.uca.adapter.web.view.GuidanceLines;
import org.uca.application.port.in.GuidancePageQuery;
import org.uca.domain.guidance.ContactGuidance;

/**
 * The guidance at a glance, for the contact centre's or a housing officer's screen in another system (a CRM): whether
 * contact with the resident is restricted and how, in the same lines as UCA's resident page. The embeddable banner is
 * this, as a page.
 *
 * @param headline      "Contact is restricted" or "No restrictions on contact"
 * @param whatToDo      what staff may do, and how (each line says which decision it comes from)
 * @param whatNotToDo   what staff must not do now
 * @param guidancePath  UCA's page with the whole guidance (relative to UCA's address)
 * @param casePath      the resident's case in UCA, only for those who may see it (else absent)
 */
public record BannerJson(String resident, String name, boolean restricted, String headline, List<String> whatToDo,
        List<String> whatNotToDo, String nextReview, boolean reviewOverdue, String guidancePath, String casePath) {

    public static BannerJson from(GuidancePageQuery.GuidancePage page, boolean mayOpenTheCase) {
        ContactGuidance g = page.guidanceNow();
        String resident = page.resident().id().value();
        return new BannerJson(resident, page.resident().name(), g.restricted(),
                g.restricted() ? "Contact is restricted" : "No restrictions on contact", GuidanceLines.allowed(g),
                GuidanceLines.notAllowed(g), g.nextReview().map(d -> d.toString()).getOrNull(), g.reviewOverdue(),
                "/residents/" + resident,
                mayOpenTheCase ? page.caseId().map(id -> "/cases/" + id).getOrNull() : null);
    }
}

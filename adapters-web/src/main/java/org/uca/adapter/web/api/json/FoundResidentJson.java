package org.uca.adapter.web.api.json;

import org.uca.application.port.in.FindResidentsQuery;
import org.uca.domain.cases.CaseId;

/** A resident found by name or reference, with their case (if any) and whether restrictions apply. */
public record FoundResidentJson(String id, String name, String address, String caseId, boolean restricted) {

    public static FoundResidentJson from(FindResidentsQuery.Found f) {
        return new FoundResidentJson(f.resident().id().value(), f.resident().name(), f.resident().address(),
                f.caseId().map(CaseId::toString).getOrNull(), f.restricted());
    }
}

package org.uca.adapter.web.api.json;

import java.util.List;
import org.uca.adapter.web.input.MeasureInput.ScopeType;
import org.uca.domain.measures.AppliesToServices;
import org.uca.domain.measures.LandlordService;
import org.uca.domain.measures.Measure;
import org.uca.domain.measures.ServiceScope;

/** A measure's scope in JSON: all services or named ones, and the services it covers; none for an unscoped measure. */
final class ScopeJson {

    private ScopeJson() {
    }

    static ScopeType scope(Measure m) {
        return AppliesToServices.scopeOf(m).map(s -> s instanceof ServiceScope.AllServices ? ScopeType.ALL_SERVICES
                : ScopeType.NAMED_SERVICES).getOrNull();
    }

    static List<LandlordService> services(Measure m) {
        return AppliesToServices.scopeOf(m).map(s -> s.services().toJavaList()).getOrNull();
    }
}

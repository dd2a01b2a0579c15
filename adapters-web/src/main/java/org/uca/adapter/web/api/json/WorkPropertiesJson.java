package org.uca.adapter.web.api.json;

import java.util.List;
import org.uca.application.port.in.WorkPropertiesUseCase.PropertiesOfWork;
import org.uca.domain.people.Uprn;

/**
 * The properties of a contractor's work: {@code limited} false is every property (and {@code uprns} is empty);
 * true is only the UPRNs listed, which may be none at all.
 */
public record WorkPropertiesJson(String who, boolean limited, int count, List<String> uprns) {

    public static WorkPropertiesJson from(PropertiesOfWork work) {
        List<String> uprns = work.properties().map(s -> s.map(Uprn::value).toJavaList()).getOrElse(List.of());
        return new WorkPropertiesJson(work.who(), work.limited(), uprns.size(), uprns);
    }
}

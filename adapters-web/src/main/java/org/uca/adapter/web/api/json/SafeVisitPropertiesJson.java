package org.uca.adapter.web.api.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.uca.application.port.in.SafeVisitQuery.PropertiesFound;

/**
 * The properties found by address, to ask about by UPRN: each one's UPRN and address as the housing system has
 * them, and nothing else — no name, resident reference, nor whether any instruction is held there.
 *
 * @param more whether more properties matched than are listed: narrow the search by the address
 */
public record SafeVisitPropertiesJson(List<Property> properties, boolean more) {

    /** A property; one with no UPRN cannot be looked up by UPRN (ask the housing office), so it has none. */
    public record Property(@JsonInclude(JsonInclude.Include.NON_NULL) String uprn, String address) {
    }

    public static SafeVisitPropertiesJson from(PropertiesFound found) {
        return new SafeVisitPropertiesJson(found.properties().map(p -> new Property(
                p.uprn().map(Object::toString).getOrNull(), p.address())).toJavaList(), found.more());
    }
}

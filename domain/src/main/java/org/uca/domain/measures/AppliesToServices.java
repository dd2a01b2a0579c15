package org.uca.domain.measures;

import io.vavr.control.Option;

/**
 * A measure that applies to all our services or to named ones: contact standards and service limits. Tenancy
 * action and informing the police are not about a service, so they have no scope.
 */
public interface AppliesToServices {

    ServiceScope scope();

    /** The same measure for these services. */
    Measure withScope(ServiceScope scope);

    /** Whether {@code m} applies when the resident contacts us about {@code service}. */
    static boolean appliesTo(Measure m, LandlordService service) {
        return !(m instanceof AppliesToServices scoped) || scoped.scope().covers(service);
    }

    /** The measure's scope, or none for a measure that has no scope. */
    static Option<ServiceScope> scopeOf(Measure m) {
        return m instanceof AppliesToServices scoped ? Option.some(scoped.scope()) : Option.none();
    }
}

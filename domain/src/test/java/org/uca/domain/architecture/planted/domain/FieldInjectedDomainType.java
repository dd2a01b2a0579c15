package org.uca.domain.architecture.planted.domain;

import org.uca.domain.architecture.planted.framework.Inject;

/** Has a collaborator injected into a field instead of receiving it in a constructor. */
public final class FieldInjectedDomainType {

    @Inject
    private PureDomainValue injected;

    public PureDomainValue value() {
        return injected;
    }
}

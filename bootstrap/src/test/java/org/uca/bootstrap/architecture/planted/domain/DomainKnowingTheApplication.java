package org.uca.bootstrap.architecture.planted.domain;

import org.uca.bootstrap.architecture.planted.application.port.in.PlantedUseCase;

/** Violation: the domain pointing back at the application, which closes a cycle between the two modules. */
public final class DomainKnowingTheApplication {

    public PlantedCase ask(PlantedUseCase useCase) {
        return useCase.open("id");
    }
}

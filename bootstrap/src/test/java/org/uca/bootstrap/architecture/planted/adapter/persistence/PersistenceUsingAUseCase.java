package org.uca.bootstrap.architecture.planted.adapter.persistence;

import org.uca.bootstrap.architecture.planted.application.port.in.PlantedUseCase;

/** Violation: the persistence adapter driving the application through an incoming port. */
public final class PersistenceUsingAUseCase {

    public Object reopen(PlantedUseCase useCase) {
        return useCase.open("id");
    }
}

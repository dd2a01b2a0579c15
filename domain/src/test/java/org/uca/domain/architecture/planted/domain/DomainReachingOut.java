package org.uca.domain.architecture.planted.domain;

import org.uca.domain.architecture.planted.application.PlantedUseCase;

/** A domain type that knows about the application ring around it. */
public final class DomainReachingOut {

    public void callOut(PlantedUseCase useCase) {
        useCase.run();
    }
}

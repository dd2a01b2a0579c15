package org.uca.bootstrap.architecture.planted.application.service;

import org.uca.bootstrap.architecture.planted.application.port.in.PlantedUseCase;

/** The planted application's public face. */
public final class UcaApplication {

    private final PlantedService service;

    public UcaApplication(Ports ports) {
        this.service = new PlantedService(ports);
    }

    public PlantedUseCase useCase() {
        return service;
    }
}

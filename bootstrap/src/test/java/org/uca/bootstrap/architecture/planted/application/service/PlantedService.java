package org.uca.bootstrap.architecture.planted.application.service;

import org.uca.bootstrap.architecture.planted.application.port.in.PlantedUseCase;
import org.uca.bootstrap.architecture.planted.domain.PlantedCase;

/** Well-formed package-private service. */
final class PlantedService implements PlantedUseCase {

    private final Ports ports;

    PlantedService(Ports ports) {
        this.ports = ports;
    }

    @Override
    public PlantedCase open(String id) {
        PlantedCase opened = new PlantedCase(id);
        ports.cases().save(opened);
        return opened;
    }
}

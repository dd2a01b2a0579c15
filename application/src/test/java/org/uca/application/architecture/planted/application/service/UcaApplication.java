package org.uca.application.architecture.planted.application.service;

import org.uca.application.architecture.planted.application.port.in.PlantedUseCase;
import org.uca.application.architecture.planted.application.port.out.PlantedStore;

/** Well-formed: the one public face of the planted services, as in the real application. */
public final class UcaApplication {

    private final QuietService service;

    public UcaApplication(PlantedStore store) {
        this.service = new QuietService(store);
    }

    public PlantedUseCase useCase() {
        return service;
    }
}

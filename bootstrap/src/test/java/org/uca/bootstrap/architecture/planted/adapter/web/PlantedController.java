package org.uca.bootstrap.architecture.planted.adapter.web;

import org.uca.bootstrap.architecture.planted.application.port.in.PlantedUseCase;
import org.uca.bootstrap.architecture.planted.application.port.out.PlantedLetter;
import org.uca.bootstrap.architecture.planted.application.service.UcaApplication;
import org.uca.bootstrap.architecture.planted.domain.PlantedCase;

/** Well-formed: the web reaches the application through UcaApplication, use cases and port.out values. */
public final class PlantedController {

    private final PlantedUseCase useCase;

    public PlantedController(UcaApplication application) {
        this.useCase = application.useCase();
    }

    public PlantedLetter handle(String id) {
        PlantedCase opened = useCase.open(id);
        return new PlantedLetter("opened " + opened.id());
    }
}

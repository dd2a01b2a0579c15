package org.uca.bootstrap.architecture.planted.bootstrap;

import org.uca.bootstrap.architecture.planted.adapter.web.PlantedController;
import org.uca.bootstrap.architecture.planted.application.inmemory.PlantedInMemoryCases;
import org.uca.bootstrap.architecture.planted.application.service.Ports;
import org.uca.bootstrap.architecture.planted.application.service.UcaApplication;

/** On its own, a composition root that never wires the persistence adapter. */
public final class HalfWiring {

    private HalfWiring() {
    }

    public static PlantedController wire() {
        return new PlantedController(new UcaApplication(new Ports(new PlantedInMemoryCases())));
    }
}

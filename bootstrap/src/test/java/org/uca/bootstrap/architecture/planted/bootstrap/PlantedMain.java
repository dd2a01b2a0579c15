package org.uca.bootstrap.architecture.planted.bootstrap;

import org.uca.bootstrap.architecture.planted.adapter.persistence.PlantedJpaCases;
import org.uca.bootstrap.architecture.planted.adapter.web.PlantedController;
import org.uca.bootstrap.architecture.planted.application.service.Ports;
import org.uca.bootstrap.architecture.planted.application.service.UcaApplication;

/** Well-formed composition root: the one place that sees every module and wires both adapters. */
public final class PlantedMain {

    private PlantedMain() {
    }

    public static PlantedController wire() {
        return new PlantedController(new UcaApplication(new Ports(new PlantedJpaCases())));
    }
}

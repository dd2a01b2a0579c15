package org.uca.bootstrap.architecture.planted.misc;

import org.uca.bootstrap.architecture.planted.adapter.persistence.PlantedJpaCases;
import org.uca.bootstrap.architecture.planted.adapter.web.PlantedController;
import org.uca.bootstrap.architecture.planted.application.service.Ports;
import org.uca.bootstrap.architecture.planted.application.service.UcaApplication;

/**
 * Violation: wiring outside the composition root, in a package with no stereotype. Being "unannotated", it passes
 * jMolecules' hexagonal rule; the stereotype and dependency rules have to catch it.
 */
public final class Orphan {

    private Orphan() {
    }

    public static PlantedController wire() {
        return new PlantedController(new UcaApplication(new Ports(new PlantedJpaCases())));
    }
}

package org.uca.bootstrap.architecture.planted.adapter.web;

import org.uca.bootstrap.architecture.planted.application.port.out.PlantedCases;
import org.uca.bootstrap.architecture.planted.domain.PlantedCase;

/** Violation: the web adapter calling an outgoing port itself, around the application. */
public final class WebUsingAnOutgoingPort {

    public void saveDirectly(PlantedCases cases) {
        cases.save(new PlantedCase("id"));
    }
}

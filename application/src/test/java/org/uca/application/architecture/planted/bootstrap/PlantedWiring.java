package org.uca.application.architecture.planted.bootstrap;

/** Stands for the composition root, which the application must not know. */
public final class PlantedWiring {

    public String name() {
        return "bootstrap";
    }
}

package org.uca.application.architecture.planted.adapter;

/** Stands for an adapter module, which the application must not know. */
public final class PlantedAdapter {

    public String name() {
        return "adapter";
    }
}

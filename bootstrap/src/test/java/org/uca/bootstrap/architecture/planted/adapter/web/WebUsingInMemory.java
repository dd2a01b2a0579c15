package org.uca.bootstrap.architecture.planted.adapter.web;

import org.uca.bootstrap.architecture.planted.application.inmemory.PlantedInMemoryCases;

/** Violation: the web adapter's main code using an in-memory adapter. */
public final class WebUsingInMemory {

    private final PlantedInMemoryCases cases = new PlantedInMemoryCases();

    public PlantedInMemoryCases cases() {
        return cases;
    }
}

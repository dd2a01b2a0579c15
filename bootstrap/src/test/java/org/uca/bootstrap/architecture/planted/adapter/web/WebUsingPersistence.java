package org.uca.bootstrap.architecture.planted.adapter.web;

import org.uca.bootstrap.architecture.planted.adapter.persistence.PlantedJpaCases;

/** Violation: the web adapter reaching into the persistence adapter. */
public final class WebUsingPersistence {

    private final PlantedJpaCases cases = new PlantedJpaCases();

    public PlantedJpaCases cases() {
        return cases;
    }
}

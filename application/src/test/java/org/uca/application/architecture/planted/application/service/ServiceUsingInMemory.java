package org.uca.application.architecture.planted.application.service;

import org.uca.application.architecture.planted.application.inmemory.PlantedInMemoryStore;
import org.uca.application.architecture.planted.application.port.out.PlantedKind;
import org.uca.application.architecture.planted.application.port.out.PlantedRecord;

/** Violation: an application service that calls a secondary adapter instead of its port. */
final class ServiceUsingInMemory {

    private final PlantedInMemoryStore store = new PlantedInMemoryStore();

    void remember(String key) {
        store.save(new PlantedRecord(key, PlantedKind.OTHER));
    }
}

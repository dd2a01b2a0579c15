package org.uca.application.architecture.planted.application.service;

import org.uca.application.architecture.planted.application.port.in.PlantedUseCase;
import org.uca.application.architecture.planted.application.port.out.PlantedKind;
import org.uca.application.architecture.planted.application.port.out.PlantedRecord;
import org.uca.application.architecture.planted.application.port.out.PlantedStore;

/** Well-formed: a package-private service that works through its ports only. */
final class QuietService implements PlantedUseCase {

    private final PlantedStore store;

    QuietService(PlantedStore store) {
        this.store = store;
    }

    @Override
    public PlantedRecord run(String input) {
        PlantedRecord record = store.find(input).orElse(new PlantedRecord(input, PlantedKind.ONE));
        store.save(record);
        return record;
    }
}

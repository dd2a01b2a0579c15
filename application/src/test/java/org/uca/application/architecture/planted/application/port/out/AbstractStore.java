package org.uca.application.architecture.planted.application.port.out;

import java.util.Optional;

/** Violation: an outgoing port as an abstract class with behaviour, not an interface or value. */
public abstract class AbstractStore implements PlantedStore {

    @Override
    public Optional<PlantedRecord> find(String key) {
        return Optional.empty();
    }
}

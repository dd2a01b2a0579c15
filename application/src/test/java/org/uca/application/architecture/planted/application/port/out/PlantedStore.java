package org.uca.application.architecture.planted.application.port.out;

import java.util.Optional;

/** Well-formed outgoing port: an interface, with a nested value type. */
public interface PlantedStore {

    Optional<PlantedRecord> find(String key);

    void save(PlantedRecord record);

    enum Mode { FAST, SAFE }
}

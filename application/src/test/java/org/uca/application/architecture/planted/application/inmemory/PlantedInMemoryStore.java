package org.uca.application.architecture.planted.application.inmemory;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.uca.application.architecture.planted.application.port.out.PlantedRecord;
import org.uca.application.architecture.planted.application.port.out.PlantedStore;

/** Well-formed: an in-memory adapter implementing its outgoing port. */
public final class PlantedInMemoryStore implements PlantedStore {

    private final Map<String, PlantedRecord> records = new HashMap<>();

    @Override
    public Optional<PlantedRecord> find(String key) {
        return Optional.ofNullable(records.get(key));
    }

    @Override
    public void save(PlantedRecord record) {
        records.put(record.key(), record);
    }
}

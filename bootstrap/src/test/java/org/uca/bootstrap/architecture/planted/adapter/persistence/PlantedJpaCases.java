package org.uca.bootstrap.architecture.planted.adapter.persistence;

import java.util.HashMap;
import java.util.Map;
import org.uca.bootstrap.architecture.planted.application.port.out.PlantedCases;
import org.uca.bootstrap.architecture.planted.domain.PlantedCase;

/** Well-formed: the persistence adapter implements an outgoing port over the domain. */
public final class PlantedJpaCases implements PlantedCases {

    private final Map<String, PlantedCase> table = new HashMap<>();

    @Override
    public void save(PlantedCase planted) {
        table.put(planted.id(), planted);
    }
}

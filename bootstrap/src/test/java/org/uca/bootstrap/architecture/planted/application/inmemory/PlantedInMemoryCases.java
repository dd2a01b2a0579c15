package org.uca.bootstrap.architecture.planted.application.inmemory;

import java.util.ArrayList;
import java.util.List;
import org.uca.bootstrap.architecture.planted.application.port.out.PlantedCases;
import org.uca.bootstrap.architecture.planted.domain.PlantedCase;

/** Well-formed in-memory adapter. */
public final class PlantedInMemoryCases implements PlantedCases {

    private final List<PlantedCase> saved = new ArrayList<>();

    @Override
    public void save(PlantedCase planted) {
        saved.add(planted);
    }
}

package org.uca.bootstrap.architecture.planted.application.port.out;

import org.uca.bootstrap.architecture.planted.domain.PlantedCase;

/** Well-formed outgoing port. */
public interface PlantedCases {

    void save(PlantedCase planted);
}

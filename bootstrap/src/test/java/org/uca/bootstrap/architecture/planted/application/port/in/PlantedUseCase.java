package org.uca.bootstrap.architecture.planted.application.port.in;

import org.uca.bootstrap.architecture.planted.domain.PlantedCase;

/** Well-formed use case. */
public interface PlantedUseCase {

    PlantedCase open(String id);
}

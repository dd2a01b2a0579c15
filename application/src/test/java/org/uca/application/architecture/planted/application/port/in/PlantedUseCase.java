package org.uca.application.architecture.planted.application.port.in;

import org.uca.application.architecture.planted.application.port.out.PlantedRecord;

/** Well-formed: a use case is an interface in port.in. */
public interface PlantedUseCase {

    PlantedRecord run(String input);
}

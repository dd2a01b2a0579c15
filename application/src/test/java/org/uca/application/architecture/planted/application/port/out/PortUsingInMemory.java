package org.uca.application.architecture.planted.application.port.out;

import org.uca.application.architecture.planted.application.inmemory.PlantedInMemoryStore;

/** Violation: an outgoing port that names its in-memory implementation. */
public interface PortUsingInMemory {

    PlantedInMemoryStore store();
}

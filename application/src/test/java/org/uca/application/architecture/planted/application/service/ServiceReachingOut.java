package org.uca.application.architecture.planted.application.service;

import org.uca.application.architecture.planted.adapter.PlantedAdapter;
import org.uca.application.architecture.planted.bootstrap.PlantedWiring;

/** Violation: the application knowing an adapter and the composition root. */
final class ServiceReachingOut {

    String describe() {
        return new PlantedAdapter().name() + new PlantedWiring().name();
    }
}

package org.uca.domain.architecture.planted.application;

/** Stands for the application ring, which the domain must not know. */
public interface PlantedUseCase {

    void run();
}

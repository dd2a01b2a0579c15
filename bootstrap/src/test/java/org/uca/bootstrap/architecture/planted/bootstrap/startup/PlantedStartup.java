package org.uca.bootstrap.architecture.planted.bootstrap.startup;

/** Well-formed on its own: starting on a port. */
public record PlantedStartup(int port) {
}

package org.uca.application.architecture.planted.cycles.port.out;

/** Well-formed on its own: a value crossing the outgoing port. */
public record PlantedRow(String id) {
}

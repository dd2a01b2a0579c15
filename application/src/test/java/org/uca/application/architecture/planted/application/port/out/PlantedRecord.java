package org.uca.application.architecture.planted.application.port.out;

/** Well-formed: a record that crosses the port. */
public record PlantedRecord(String key, PlantedKind kind) {
}

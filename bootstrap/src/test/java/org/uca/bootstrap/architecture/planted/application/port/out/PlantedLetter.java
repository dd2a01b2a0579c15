package org.uca.bootstrap.architecture.planted.application.port.out;

/** Well-formed value type crossing the ports (returned by use cases, rendered by the web). */
public record PlantedLetter(String text) {
}

package org.uca.application.architecture.planted.application.port.out;

/** Well-formed: an enum that crosses the port. */
public enum PlantedKind { ONE, OTHER }

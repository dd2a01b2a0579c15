package org.uca.application.architecture.planted.cycles.port.out;

import org.uca.application.architecture.planted.cycles.port.in.PlantedQuery;

/** Violation: port.out pointing back at port.in, which already uses port.out, closes a package cycle. */
public record RowKnowingItsQuery(String id, PlantedQuery askedBy) {
}

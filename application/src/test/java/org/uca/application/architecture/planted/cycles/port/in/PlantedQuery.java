package org.uca.application.architecture.planted.cycles.port.in;

import org.uca.application.architecture.planted.cycles.port.out.PlantedRow;

/** Well-formed on its own: a query returning a value of port.out. */
public interface PlantedQuery {

    PlantedRow find(String id);
}

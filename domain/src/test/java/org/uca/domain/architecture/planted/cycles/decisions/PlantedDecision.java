package org.uca.domain.architecture.planted.cycles.decisions;

/** Well-formed on its own: a decision. */
public record PlantedDecision(String measures) {
}

package org.uca.domain.architecture.planted.cycles.decisions;

import org.uca.domain.architecture.planted.cycles.warnings.PlantedWarning;

/** Violation: decisions pointing back at warnings, which already point at decisions, close a package cycle. */
public record DecisionCitingItsWarning(PlantedDecision decision, PlantedWarning warning) {
}

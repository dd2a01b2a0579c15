package org.uca.domain.architecture.planted.cycles.warnings;

import org.uca.domain.architecture.planted.cycles.decisions.PlantedDecision;

/** Well-formed on its own: a warning that knows the decision taken after it. */
public record PlantedWarning(String reasons, PlantedDecision followedBy) {
}

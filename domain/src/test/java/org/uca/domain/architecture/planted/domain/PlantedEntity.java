package org.uca.domain.architecture.planted.domain;

import org.jmolecules.ddd.annotation.Entity;
import org.jmolecules.ddd.annotation.Identity;

/** A well-formed entity, referred to wrongly by {@link PlantedValueReferringToEntity}. */
@Entity
public record PlantedEntity(@Identity int number) {
}

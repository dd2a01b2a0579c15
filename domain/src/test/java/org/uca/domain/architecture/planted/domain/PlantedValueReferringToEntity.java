package org.uca.domain.architecture.planted.domain;

import org.jmolecules.ddd.annotation.ValueObject;

/** A value object that holds an entity: values may only refer to values. */
@ValueObject
public record PlantedValueReferringToEntity(PlantedEntity entity) {
}

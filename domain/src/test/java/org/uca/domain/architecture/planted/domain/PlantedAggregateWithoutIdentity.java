package org.uca.domain.architecture.planted.domain;

import org.jmolecules.ddd.annotation.AggregateRoot;

/** An aggregate root with no identity that holds another aggregate by reference instead of by id. */
@AggregateRoot
public final class PlantedAggregateWithoutIdentity {

    private final PlantedOtherAggregate other;

    public PlantedAggregateWithoutIdentity(PlantedOtherAggregate other) {
        this.other = other;
    }

    public PlantedOtherAggregate other() {
        return other;
    }
}

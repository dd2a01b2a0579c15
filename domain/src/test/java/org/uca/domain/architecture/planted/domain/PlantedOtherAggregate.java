package org.uca.domain.architecture.planted.domain;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/** A well-formed aggregate root, referred to wrongly by {@link PlantedAggregateWithoutIdentity}. */
@AggregateRoot
public final class PlantedOtherAggregate {

    @Identity
    private final String id;

    public PlantedOtherAggregate(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}

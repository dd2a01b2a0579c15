package org.uca.bootstrap.architecture.planted.domain;

import org.jmolecules.ddd.annotation.AggregateRoot;
import org.jmolecules.ddd.annotation.Identity;

/** Well-formed planted aggregate. */
@AggregateRoot
public final class PlantedCase {

    @Identity
    private final String id;

    public PlantedCase(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}

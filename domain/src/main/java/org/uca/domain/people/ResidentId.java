package org.uca.domain.people;

import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/** A resident, as the landlord's housing system knows them (the tenancy or person reference). */
@ValueObject
public record ResidentId(String value) {
    public ResidentId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a resident id is never blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}

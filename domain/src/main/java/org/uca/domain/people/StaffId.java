package org.uca.domain.people;

import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/** A member of staff, as the staff directory knows them. */
@ValueObject
public record StaffId(String value) {
    public StaffId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a staff id is never blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}

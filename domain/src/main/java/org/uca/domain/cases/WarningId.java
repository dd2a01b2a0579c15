package org.uca.domain.cases;

import org.jmolecules.ddd.annotation.ValueObject;

/** A warning given on a case, numbered within its case. */
@ValueObject
public record WarningId(int number) {
    public WarningId {
        if (number < 1) {
            throw new IllegalArgumentException("numbers start at 1");
        }
    }

    @Override
    public String toString() {
        return String.valueOf(number);
    }
}

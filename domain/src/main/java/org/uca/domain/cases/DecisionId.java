package org.uca.domain.cases;

import org.jmolecules.ddd.annotation.ValueObject;

/** A decision authorised on a case, numbered within its case. */
@ValueObject
public record DecisionId(int number) {
    public DecisionId {
        if (number < 1) {
            throw new IllegalArgumentException("numbers start at 1");
        }
    }

    @Override
    public String toString() {
        return String.valueOf(number);
    }
}

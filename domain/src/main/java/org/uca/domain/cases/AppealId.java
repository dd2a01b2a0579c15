package org.uca.domain.cases;

import org.jmolecules.ddd.annotation.ValueObject;

/** An appeal lodged on a case, numbered within its case. */
@ValueObject
public record AppealId(int number) {
    public AppealId {
        if (number < 1) {
            throw new IllegalArgumentException("numbers start at 1");
        }
    }

    @Override
    public String toString() {
        return String.valueOf(number);
    }
}

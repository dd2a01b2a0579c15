package org.uca.domain.cases;

import org.jmolecules.ddd.annotation.ValueObject;

/** An unacceptable action recorded on a case, numbered within its case. */
@ValueObject
public record ActionId(int number) {
    public ActionId {
        if (number < 1) {
            throw new IllegalArgumentException("numbers start at 1");
        }
    }

    @Override
    public String toString() {
        return String.valueOf(number);
    }
}

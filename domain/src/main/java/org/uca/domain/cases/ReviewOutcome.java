package org.uca.domain.cases;

import org.jmolecules.ddd.annotation.ValueObject;

/** What a review of a restriction decides. */
@ValueObject
public enum ReviewOutcome {
    CONTINUE("Continue as it is"), VARY("Vary the measures"), LIFT("Lift the restriction");

    private final String label;

    ReviewOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.uca.domain.cases;

import org.jmolecules.ddd.annotation.ValueObject;

/** What the reviewing manager decides about the decision appealed against. */
@ValueObject
public enum AppealOutcome {
    DECISION_UPHELD("The decision is upheld"),
    DECISION_VARIED("The decision is varied"),
    DECISION_OVERTURNED("The decision is overturned");

    private final String label;

    AppealOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

package org.uca.domain.cases;

import org.jmolecules.ddd.annotation.ValueObject;

/** The policy's two categories of unacceptable customer actions (policy 2.1). */
@ValueObject
public enum ActionCategory {
    VIOLENCE_AGGRESSION_AND_ABUSE("Violence, aggression and abuse"),
    UNREASONABLE_DEMANDS_AND_PERSISTENCE("Unreasonable demands / unreasonable persistence");

    private final String label;

    ActionCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

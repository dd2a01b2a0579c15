package org.uca.domain.cases;

import org.jmolecules.ddd.annotation.ValueObject;

/** Whether a decision's measures still apply. */
@ValueObject
public enum DecisionStatus {
    IN_FORCE("In force"), LIFTED("Lifted"), OVERTURNED("Overturned on appeal"),
    /** Varied by a later decision that replaces it. */
    REPLACED("Replaced by a later decision"),
    /** Should never have been recorded (UK GDPR Article 16); not lifted or ended, but withdrawn as a mistake. */
    ENTERED_IN_ERROR("Entered in error"),
    /** Not reviewed by its review date and the grace period after it ({@link LapseRule}): it no longer applies. */
    LAPSED("Lapsed: not reviewed in time");

    private final String label;

    DecisionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

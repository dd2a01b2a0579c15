package org.uca.domain.cases;

import org.jmolecules.ddd.annotation.ValueObject;

/** Whom the policy protects from unacceptable actions (policy 1.3). */
@ValueObject
public enum AffectedParty {
    STAFF("Staff"),
    CONTRACTOR("Contractors"),
    GOVERNANCE_OR_RESIDENT_GROUP_MEMBER("Governance / resident group members");

    private final String label;

    AffectedParty(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

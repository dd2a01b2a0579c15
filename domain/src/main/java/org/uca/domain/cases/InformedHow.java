package org.uca.domain.cases;

import org.jmolecules.ddd.annotation.ValueObject;

/** How the resident was told of a decision. */
@ValueObject
public enum InformedHow {
    LETTER("By letter"), EMAIL("By email"), PHONE("By telephone"), IN_PERSON("In person");

    private final String label;

    InformedHow(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}

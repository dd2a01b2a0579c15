package org.uca.domain.cases;

import java.util.Objects;
import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;

/** Identifies a resident's case. */
@ValueObject
public record CaseId(UUID value) {
    public CaseId {
        Objects.requireNonNull(value, "value");
    }

    public static CaseId parse(String text) {
        return new CaseId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}

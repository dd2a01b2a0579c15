package org.uca.domain.cases;

import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/** A reasonable adjustment recorded for the resident, with notes on what it means in practice. */
@ValueObject
public record ReasonableAdjustment(AdjustmentKind kind, String notes) {
    public ReasonableAdjustment {
        Objects.requireNonNull(kind, "kind");
        notes = notes == null ? "" : notes.strip();
    }
}

package org.uca.domain.cases;

import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.uca.domain.people.StaffId;

/**
 * A correction to a record: what it said before, superseded by the corrected text, with who corrected it, when and
 * why. The record keeps its number; each of its earlier versions stays with it, oldest first, so its timeline still
 * shows the original. Unlike {@link EnteredInError} the record was right to be made; only its details were wrong.
 *
 * @param superseded the record's details as they were before this correction
 */
@ValueObject
public record Amendment<T>(T superseded, StaffId by, Instant at, String reason) {

    public Amendment {
        Objects.requireNonNull(superseded, "superseded");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
    }
}

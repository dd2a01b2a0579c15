package org.uca.domain.cases;

import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.uca.domain.people.StaffId;

/** The resident was told of the decision and its service implications (policy 3.2, 4.2). */
@ValueObject
public record ResidentInformed(Instant informedAt, StaffId informedBy, InformedHow how) {
    public ResidentInformed {
        Objects.requireNonNull(informedAt, "informedAt");
        Objects.requireNonNull(informedBy, "informedBy");
        Objects.requireNonNull(how, "how");
    }
}

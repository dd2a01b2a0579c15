package org.uca.domain.cases;

import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.uca.domain.people.StaffId;
import org.uca.domain.shared.Channel;

/** Time spent in contact with the resident, counted against a contact time allowance. */
@ValueObject
public record ContactMade(Instant at, int minutes, Channel channel, StaffId by) {

    /** One contact longer than a working day is a mistake in the input. */
    public static final int MAX_MINUTES = 8 * 60;

    public ContactMade {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(by, "by");
    }
}

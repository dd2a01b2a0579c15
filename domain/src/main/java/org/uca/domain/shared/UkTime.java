package org.uca.domain.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Dates in the policy (review dates, appeal receipt, working days) are dates in the UK. */
public final class UkTime {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private UkTime() {
    }

    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }
}

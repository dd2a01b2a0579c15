package org.uca.domain.architecture.planted.domain;

import io.vavr.collection.List;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/** Well-behaved: it is given the time rather than reading it. No rule may report it. */
@ValueObject
public record PureDomainValue(LocalDate date, List<String> notes) {

    public PureDomainValue {
        Objects.requireNonNull(date, "date");
    }

    /** Asking a clock that was handed in is fine; only the system clock is out of bounds. */
    public static PureDomainValue on(Clock givenClock) {
        return new PureDomainValue(LocalDate.ofInstant(givenClock.instant(), givenClock.getZone()), List.empty());
    }

    public boolean isAfter(Instant instant) {
        return date.isAfter(LocalDate.ofInstant(instant, java.time.ZoneOffset.UTC));
    }
}

package org.uca.domain.architecture.planted.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.logging.Logger;

/** Reads the system clock in every way the rule names, and logs through java.util.logging. */
public final class ImpureDomainType {

    private static final Logger LOG = Logger.getLogger(ImpureDomainType.class.getName());

    public Instant instantNow() {
        return Instant.now();
    }

    public LocalDate today() {
        return LocalDate.now();
    }

    public LocalDateTime localNow() {
        return LocalDateTime.now();
    }

    public ZonedDateTime zonedNow() {
        return ZonedDateTime.now();
    }

    public Instant fromSystemClock() {
        return Clock.systemUTC().instant();
    }

    public long millis() {
        LOG.info("reading the time");
        return System.currentTimeMillis();
    }
}

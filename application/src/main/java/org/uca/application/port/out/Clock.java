package org.uca.application.port.out;

import java.time.Instant;

/** The current time; the domain never reads a clock itself. */
@FunctionalInterface
public interface Clock {

    Instant now();
}

package org.uca.domain.architecture.planted.domain;

import java.time.Instant;
import java.util.function.Supplier;

/** Reads the system clock without calling it directly: through a method reference. */
public final class ClockByMethodReference {

    public Supplier<Instant> now() {
        return Instant::now;
    }
}

package org.uca.bootstrap;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The application's clock: real time, except while the demo data set is loaded, when it is moved through the past
 * so the demo cases have realistic timelines.
 */
final class DemoClock {

    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    Instant now() {
        return Instant.now().plus(offset.get());
    }

    void setDaysAgo(long days) {
        offset.set(Duration.ofDays(-days));
    }

    void backToNow() {
        offset.set(Duration.ZERO);
    }
}

package org.uca.bootstrap;

/**
 * The one place that chooses where UCA keeps its data: the database (embedded H2 by default, PostgreSQL by
 * UCA_JDBC_URL), or memory when {@code UCA_STORE=memory} (quick demos and tests).
 */
final class Backends {

    private Backends() {
    }

    static Backend open(Configuration configuration, DemoClock clock) {
        return configuration.inMemory() ? new InMemoryBackend(clock) : new DatabaseBackend(configuration, clock);
    }
}

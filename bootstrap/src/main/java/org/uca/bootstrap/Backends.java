package org.uca.bootstrap;

/**
 * The one place that chooses where UCA keeps its data: the database (embedded H2 by default, PostgreSQL by
 * UCA_JDBC_URL), or memory when {@code UCA_STORE=memory} (quick demos and tests).
 */
final class Backends {

    private Backends() {
    }

    /** The store, ready to use. */
    static Backend open(Configuration configuration, DemoClock clock) {
        Backend backend = start(configuration, clock);
        backend.awaitReady();
        return backend;
    }

    /**
     * The store, perhaps still getting ready ({@link Backend#awaitReady()}): the server builds its pages and binds
     * its port meanwhile.
     */
    static Backend start(Configuration configuration, DemoClock clock) {
        return configuration.inMemory() ? new InMemoryBackend(clock) : new DatabaseBackend(configuration, clock);
    }
}

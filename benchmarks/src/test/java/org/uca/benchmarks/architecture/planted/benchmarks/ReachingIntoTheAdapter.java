package org.uca.benchmarks.architecture.planted.benchmarks;

import org.uca.benchmarks.architecture.planted.adapter.persistence.AdapterInternals;
import org.uca.benchmarks.architecture.planted.bootstrap.Wiring;

/** Planted violation: a benchmark that uses an adapter's and the composition root's internals. */
public final class ReachingIntoTheAdapter {

    public void run() {
        new AdapterInternals().write(String.valueOf(Wiring.backend()));
    }
}

package org.uca.benchmarks.architecture.planted.adapter.persistence;

/** Planted violation: a benchmark put in the adapter's package to reach its package-private code. */
public final class SplitPackageBenchmark {

    public void run() {
        AdapterInternals.packagePrivateMapping();
    }
}

package org.uca.benchmarks.architecture.planted.adapter.persistence;

/** Planted: the adapter's public entry point for benchmarks. */
public final class BulkLoad {

    public void add(String row) {
        new AdapterInternals().write(row);
    }
}

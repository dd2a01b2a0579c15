package org.uca.benchmarks.architecture.planted.adapter.persistence;

/** Planted: a public class of the adapter that is not one of its entry points. */
public final class AdapterInternals {

    public void write(String row) {
        row.length();
    }

    static void packagePrivateMapping() {
    }
}

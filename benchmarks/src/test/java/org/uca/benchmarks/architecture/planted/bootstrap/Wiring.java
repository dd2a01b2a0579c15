package org.uca.benchmarks.architecture.planted.bootstrap;

/** Planted: the composition root's own wiring, not an entry point. */
public final class Wiring {

    public static Object backend() {
        return new Object();
    }
}

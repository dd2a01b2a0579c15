package org.uca.benchmarks.architecture.planted.bootstrap;

/** Planted: the composition root's public entry point. */
public final class InProcessUca implements AutoCloseable {

    public static InProcessUca start() {
        return new InProcessUca();
    }

    @Override
    public void close() {
    }
}

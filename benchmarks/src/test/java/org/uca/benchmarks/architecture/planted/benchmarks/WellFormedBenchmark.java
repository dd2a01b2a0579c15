package org.uca.benchmarks.architecture.planted.benchmarks;

import org.uca.benchmarks.architecture.planted.adapter.persistence.BulkLoad;
import org.uca.benchmarks.architecture.planted.adapter.web.Passwords;
import org.uca.benchmarks.architecture.planted.bootstrap.InProcessUca;

/** Planted: a benchmark that uses only the entry points. */
public final class WellFormedBenchmark {

    public void run() {
        new BulkLoad().add(Passwords.hash("row"));
        try (InProcessUca uca = InProcessUca.start()) {
            uca.hashCode();
        }
    }
}

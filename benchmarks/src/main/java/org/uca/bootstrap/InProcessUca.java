package org.uca.bootstrap;

import java.util.Map;
import java.util.Properties;
import org.uca.application.service.UcaApplication;

/**
 * Benchmarks only: UCA composed and started exactly as {@code java -jar uca.jar} does ({@link Main#start}), in this
 * JVM, so a load drill measures the real server, store and wiring. Lives in the bootstrap's package (in the
 * benchmarks module) because {@code Main.start} is package-private.
 */
public final class InProcessUca implements AutoCloseable {

    private final Main.Running running;

    private InProcessUca(Main.Running running) {
        this.running = running;
    }

    /** Starts UCA with this configuration (the same variables as the environment: UCA_PORT, UCA_JDBC_URL …). */
    public static InProcessUca start(Map<String, String> environment) {
        return new InProcessUca(Main.start(Configuration.from(environment, new Properties()), false));
    }

    public int port() {
        return running.port();
    }

    public UcaApplication application() {
        return running.backend().application();
    }

    @Override
    public void close() {
        running.stop();
    }
}

package org.uca.bootstrap;

import java.util.Map;
import java.util.Properties;

/**
 * UCA started in the caller's JVM exactly as {@code java -jar uca.jar} composes it (configuration, store,
 * application, web server and background jobs), for load drills and benchmarks that must measure the real server,
 * store and wiring. The public way in to the composition root; everything else in this package stays
 * package-private.
 *
 * <pre>{@code
 * try (InProcessUca uca = InProcessUca.start(Map.of("UCA_PORT", "0", "UCA_JDBC_URL", url, "UCA_DB_USER", user))) {
 *     // … send requests to http://127.0.0.1:{uca.port()}/ …
 * }
 * }</pre>
 */
public final class InProcessUca implements AutoCloseable {

    private final Main.Running running;

    private InProcessUca(Main.Running running) {
        this.running = running;
    }

    /**
     * Starts UCA on this configuration: the same names and meanings as the environment variables of {@code uca.jar}
     * ({@code UCA_PORT}, 0 for any free port; {@code UCA_JDBC_URL}; {@code UCA_STORE} …; see {@link Configuration}).
     * Returns once it is serving.
     *
     * @throws IllegalArgumentException when a setting is invalid, as {@code uca.jar} would refuse to start
     */
    public static InProcessUca start(Map<String, String> configuration) {
        return new InProcessUca(Main.start(Configuration.from(configuration, new Properties()), false));
    }

    /** The port it listens on. */
    public int port() {
        return running.port();
    }

    /** Stops serving, stops the background jobs and closes the store. */
    @Override
    public void close() {
        running.stop();
    }
}

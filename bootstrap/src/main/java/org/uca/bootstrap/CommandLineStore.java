package org.uca.bootstrap;

import io.vavr.control.Either;
import java.util.Map;
import java.util.Properties;
import org.uca.application.service.UcaApplication;
import org.uca.bootstrap.cli.AdminStore;

/**
 * UCA's store and application opened for the command line ({@code java -jar uca.jar admin …}): the same
 * configuration, store and wiring as the server, without the web server.
 */
final class CommandLineStore implements AdminStore {

    private final Backend backend;

    private CommandLineStore(Backend backend) {
        this.backend = backend;
    }

    /**
     * Opens the store the configuration names (the server's environment variables: {@code UCA_JDBC_URL},
     * {@code UCA_DATA_DIR} …), migrated and ready; or one line saying why not.
     */
    static AdminStore.Opener opener(Map<String, String> env, Properties props) {
        return () -> {
            Configuration configuration;
            try {
                configuration = Configuration.from(env, props);
            } catch (IllegalArgumentException e) {
                return Either.left("UCA cannot start: " + e.getMessage());
            }
            try {
                return Either.right(new CommandLineStore(Backends.open(configuration, new DemoClock())));
            } catch (RuntimeException e) {
                return Either.left(whyNotOpened(configuration, e));
            }
        };
    }

    /** One line saying why the store could not be opened, and what to do. */
    static String whyNotOpened(Configuration configuration, RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("already in use") || message.contains("Locked by another process")) {
                return "The H2 database in " + configuration.dataDir().toAbsolutePath() + " is in use by a running"
                        + " UCA: stop UCA first, or manage accounts in UCA itself (Administration).";
            }
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return "UCA cannot open its database: " + String.valueOf(root.getMessage()).lines().findFirst().orElse("")
                + " (check UCA_JDBC_URL, UCA_DB_USER and UCA_DB_PASSWORD).";
    }

    @Override
    public UcaApplication application() {
        return backend.application();
    }

    @Override
    public String describe() {
        return backend.describe();
    }

    @Override
    public void close() {
        backend.close();
    }
}

package org.uca.bootstrap;

import io.vavr.control.Either;
import java.util.Map;
import java.util.Properties;
import org.uca.adapter.persistence.CreatedStores;
import org.uca.adapter.persistence.DatabaseSettings;
import org.uca.adapter.persistence.SchemaTooNew;
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
     * {@code UCA_DATA_DIR} …), migrated and ready; or one line saying why not. {@link AdminStore.Opener#openExisting}
     * opens only a store that is there already.
     */
    static AdminStore.Opener opener(Map<String, String> env, Properties props) {
        return new AdminStore.Opener() {
            @Override
            public Either<String, AdminStore> open() {
                return configuration(env, props).flatMap(CommandLineStore::opened);
            }

            @Override
            public Either<String, AdminStore> openExisting() {
                return configuration(env, props).flatMap(configuration -> {
                    if (configuration.inMemory()) {
                        return opened(configuration);
                    }
                    DatabaseSettings settings;
                    try {
                        settings = DatabaseBackend.settings(configuration);
                    } catch (CannotStart e) {
                        return Either.left("UCA cannot start: " + e.getMessage());
                    }
                    return CreatedStores.isCreated(settings) ? opened(configuration)
                            : Either.left(noStore(configuration, settings, env, props));
                });
            }
        };
    }

    private static Either<String, Configuration> configuration(Map<String, String> env, Properties props) {
        try {
            return Either.right(Configuration.from(env, props));
        } catch (IllegalArgumentException e) {
            return Either.left("UCA cannot start: " + e.getMessage());
        }
    }

    private static Either<String, AdminStore> opened(Configuration configuration) {
        try {
            return Either.right(new CommandLineStore(Backends.open(configuration, new DemoClock())));
        } catch (RuntimeException e) {
            return Either.left(whyNotOpened(configuration, e));
        }
    }

    /** Where the command looked, and which setting names the store the server uses; nothing was created. */
    static String noStore(Configuration configuration, DatabaseSettings settings, Map<String, String> env,
            Properties props) {
        if (configuration.jdbcUrl().isBlank()) {
            boolean set = props.getProperty("UCA_DATA_DIR") != null || env.get("UCA_DATA_DIR") != null;
            return "There is no UCA store in " + configuration.dataDir().toAbsolutePath().normalize() + " ("
                    + (set ? "UCA_DATA_DIR is " + configuration.dataDir() : "UCA_DATA_DIR is not set, so ./data")
                    + "); nothing was created. Set UCA_DATA_DIR (or UCA_JDBC_URL) as the server has it, or create a"
                    + " new store with: admin create-administrator --username NAME";
        }
        return "There is no UCA store in " + settings.inWords() + " (its schema was never migrated); nothing was"
                + " created. Check UCA_JDBC_URL and UCA_DB_USER are the server's, or create a new store with: admin"
                + " create-administrator --username NAME";
    }

    /** One line saying why the store could not be opened, and what to do. */
    static String whyNotOpened(Configuration configuration, RuntimeException failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (cause instanceof SchemaTooNew || cause instanceof CannotStart) { // the server's own line
                return "UCA cannot start: " + message;
            }
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

package org.uca.bootstrap.cli;

import io.vavr.control.Either;
import org.uca.application.service.UcaApplication;

/** The store a command works on, opened as the server opens it; the composition root supplies it. */
public interface AdminStore extends AutoCloseable {

    UcaApplication application();

    /** Where the data is, for messages. */
    String describe();

    @Override
    void close();

    /** Opens the store, or says in one line why it cannot be opened and what to do. */
    @FunctionalInterface
    interface Opener {
        /** The store, created (and migrated) first if there is none where the settings point. */
        Either<String, AdminStore> open();

        /**
         * The store only if it is there already: else one line saying where UCA looked and which setting names
         * the store, and nothing is created (a mistyped setting must not make a new, empty store).
         */
        default Either<String, AdminStore> openExisting() {
            return open();
        }
    }
}

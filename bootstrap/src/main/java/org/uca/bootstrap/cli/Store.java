package org.uca.bootstrap.cli;

import org.uca.application.service.UcaApplication;

/** UCA's store, opened for one command at the console and closed after it. */
@FunctionalInterface
public interface Store {

    Opened open();

    /** The application on the opened store. */
    interface Opened extends AutoCloseable {
        UcaApplication application();

        @Override
        void close();
    }
}

package org.uca.application.port.out;

/** The store (database) cannot be reached just now; nothing was changed. */
public final class StorageUnavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StorageUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}

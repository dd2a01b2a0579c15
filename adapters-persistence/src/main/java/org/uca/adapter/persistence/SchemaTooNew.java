package org.uca.adapter.persistence;

/** The database's schema was migrated by a newer UCA than this one: this UCA refuses to serve it. */
public final class SchemaTooNew extends IllegalStateException {

    private static final long serialVersionUID = 1L;

    SchemaTooNew(String message, Throwable cause) {
        super(message, cause);
    }
}

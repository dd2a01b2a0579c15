package org.uca.application.port.out;

/** The store refused a value (too long, a duplicate key): the input needs correcting; nothing was changed. */
public final class StoredValueRejected extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String field;

    public StoredValueRejected(String field, String message, Throwable cause) {
        super(message, cause);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

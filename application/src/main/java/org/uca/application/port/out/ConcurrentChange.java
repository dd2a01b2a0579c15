package org.uca.application.port.out;

/** Someone else changed the case after it was read: the change is not applied, and may be retried. */
public final class ConcurrentChange extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConcurrentChange(String message) {
        super(message);
    }

    public ConcurrentChange(String message, Throwable cause) {
        super(message, cause);
    }
}

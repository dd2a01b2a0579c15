package org.uca.bootstrap;

/**
 * UCA will not start, for a reason its operator can act on: the message is the one line printed on standard error
 * (what is wrong and what to do); the cause, if any, goes to the log.
 */
final class CannotStart extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CannotStart(String message) {
        super(message);
    }

    CannotStart(String message, Throwable cause) {
        super(message, cause);
    }
}

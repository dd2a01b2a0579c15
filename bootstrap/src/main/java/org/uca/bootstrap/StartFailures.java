package org.uca.bootstrap;

import io.javalin.util.JavalinBindException;
import org.uca.application.port.out.StorageUnavailable;

/**
 * Why UCA did not start, in the one line its operator reads on standard error: what is wrong and, where UCA knows,
 * what to do. The stack trace is for the log, never the console.
 */
final class StartFailures {

    /** A line on a terminal, not a page: a longer message is cut here. */
    static final int MAX_LENGTH = 400;

    private StartFailures() {
    }

    static String oneLine(RuntimeException failure, Configuration configuration) {
        String line;
        if (failure instanceof CannotStart) {
            line = failure.getMessage();
        } else if (failure instanceof JavalinBindException) {
            line = "Port " + configuration.port() + " is already in use: stop what listens on it, or set UCA_PORT to"
                    + " a free port.";
        } else if (failure instanceof StorageUnavailable) {
            line = failure.getMessage() + rootCause(failure);
        } else {
            line = firstLine(failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
        }
        // A URL may carry its password (…?password=…): never on the console.
        String flat = line.replaceAll("\\s+", " ").replaceAll("(?i)(password=)[^&;\\s)]*", "$1(hidden)").strip();
        return "UCA cannot start: " + (flat.length() <= MAX_LENGTH ? flat : flat.substring(0, MAX_LENGTH) + "…");
    }

    /** The database driver's own reason (a wrong password, a refused connection), which the operator acts on. */
    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root == failure || root.getMessage() == null || failure.getMessage().contains(root.getMessage())
                || root instanceof java.nio.file.FileSystemException) { // a data folder's: its message names it
            return "";
        }
        if (root.getMessage().equals("No suitable driver")) { // DriverManager's words for a URL the driver cannot read
            return " (the database driver cannot read this URL: check UCA_JDBC_URL)";
        }
        return " (" + firstLine(root.getMessage()) + ")";
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("").strip();
    }
}

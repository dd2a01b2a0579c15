package org.uca.bootstrap;

import io.javalin.util.JavalinBindException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.util.Optional;
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
            // a wrong UCA_HOST is refused before the bind (Main.start), so a failure to bind is the port's
            line = "Port " + configuration.port() + " is already in use: stop what listens on it, or set UCA_PORT"
                    + " to a free port.";
        } else if (failure instanceof StorageUnavailable) {
            line = failure.getMessage() + rootCause(failure);
        } else {
            line = firstLine(failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
        }
        // A URL may carry its password (…?password=…): never on the console.
        String flat = line.replaceAll("\\s+", " ").replaceAll("(?i)(password=)[^&;\\s)]*", "$1(hidden)").strip();
        return "UCA cannot start: " + (flat.length() <= MAX_LENGTH ? flat : flat.substring(0, MAX_LENGTH) + "…");
    }

    /**
     * What is wrong with {@code UCA_HOST}, if anything: a name that does not resolve, or an address that is not one
     * of this machine's (UCA can listen only on its own). An empty answer: the address is this machine's.
     */
    static Optional<String> wrongHost(String host) {
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            return Optional.of("UCA_HOST " + host + " cannot be resolved to an address: set it to one of this"
                    + " machine's addresses (127.0.0.1 for this machine only, 0.0.0.0 for every interface).");
        }
        try {
            if (address.isAnyLocalAddress() || address.isLoopbackAddress()
                    || NetworkInterface.getByInetAddress(address) != null) {
                return Optional.empty();
            }
        } catch (SocketException e) {
            return Optional.empty(); // the interfaces cannot be listed: the bind's own failure stands
        }
        return Optional.of("UCA_HOST " + host + (host.equals(address.getHostAddress()) ? "" : " ("
                + address.getHostAddress() + ")") + " is not one of this machine's addresses: set it to one of them"
                + " (127.0.0.1 for this machine only, 0.0.0.0 for every interface).");
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

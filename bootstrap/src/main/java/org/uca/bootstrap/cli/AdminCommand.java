package org.uca.bootstrap.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar uca.jar admin <command>}: what the server's operator does at the console. */
@Command(name = "admin", mixinStandardHelpOptions = true,
        description = "Administer UCA at the server's console (on the store UCA_JDBC_URL names).")
public final class AdminCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Runs {@code admin} with these arguments; returns the exit code. */
    public static int run(Store store, PrintWriter out, PrintWriter err, String... args) {
        CommandLine line = new CommandLine(new AdminCommand())
                .addSubcommand(new ImportResidentsCommand(store)); // each admin command registers here, one line
        line.setOut(out);
        line.setErr(err);
        return line.execute(args);
    }
}

package org.uca.bootstrap.cli;

import io.vavr.control.Either;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.function.Supplier;
import org.uca.application.port.in.Failure;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code java -jar uca.jar admin <command>}: the accounts, from the server's command line, on the store the
 * server's configuration names (H2 or PostgreSQL). A command that adds to it is its own class, listed here.
 */
@Command(name = "admin", mixinStandardHelpOptions = true,
        description = "Manage UCA's accounts from the server, for when no one can sign in; import residents;"
                + " machine credentials for the resident sync.",
        subcommands = {
            CreateAdministratorCommand.class,
            ListAccountsCommand.class,
            DisableAccountCommand.class,
            EnableAccountCommand.class,
            UnlockAccountCommand.class,
            ImportResidentsCommand.class,
            CreateMachineCredentialCommand.class,
            ListMachineCredentialsCommand.class,
            RevokeMachineCredentialCommand.class,
        })
public final class AdminCommand implements Runnable {

    /** Exit status of a command the application refused (the reason is printed). */
    static final int REFUSED = 1;
    /** Exit status when the store could not be opened. */
    static final int NO_STORE = 3;

    private final AdminStore.Opener stores;
    private final BufferedReader in;
    private final Supplier<Console> console;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    AdminCommand(AdminStore.Opener stores, InputStream in, Supplier<Console> console) {
        this.stores = stores;
        this.in = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.console = console;
    }

    /**
     * Runs {@code admin} with its arguments and returns the exit status.
     *
     * @param console the terminal, or null when standard input is not one (a password is then read from it)
     */
    public static int run(String[] args, AdminStore.Opener stores, InputStream in, PrintWriter out, PrintWriter err,
            Supplier<Console> console) {
        CommandLine line = new CommandLine(new AdminCommand(stores, in, console));
        line.setOut(out);
        line.setErr(err);
        int status = line.execute(args);
        out.flush();
        err.flush();
        return status;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /**
     * Opens the store, which must be there already, runs the work on the application, closes the store; one line
     * if it cannot be opened (nothing is created). Which store it is goes to standard error first, so that a
     * command pointed at the wrong one says so.
     */
    int withStore(Function<AdminStore, Integer> work) {
        return on(stores.openExisting(), work);
    }

    /** As {@link #withStore}, creating the store if there is none yet (the first administrator's command). */
    int withNewOrExistingStore(Function<AdminStore, Integer> work) {
        return on(stores.open(), work);
    }

    private int on(Either<String, AdminStore> opened, Function<AdminStore, Integer> work) {
        PrintWriter err = spec.commandLine().getErr();
        if (opened.isLeft()) {
            err.println(opened.getLeft());
            return NO_STORE;
        }
        try (AdminStore store = opened.get()) {
            err.println("Store: " + store.describe());
            err.flush();
            return work.apply(store);
        }
    }

    /** Prints the outcome: the result's line, or the failure's reasons (exit status 1). */
    <T> int report(Either<Failure, T> outcome, Function<T, String> said) {
        if (outcome.isLeft()) {
            spec.commandLine().getErr().println("Refused: " + outcome.getLeft().message());
            return REFUSED;
        }
        spec.commandLine().getOut().println(said.apply(outcome.get()));
        return 0;
    }

    /**
     * A new password: from the terminal twice with echo off, or else one line of standard input (never from the
     * command line, where other users of the machine and the shell history would see it).
     *
     * @return the password and its confirmation, or null when none was given
     */
    String[] newPassword(String prompt) {
        Console terminal = console.get();
        if (terminal != null) {
            char[] first = terminal.readPassword("%s: ", prompt);
            char[] second = terminal.readPassword("Type it again: ");
            return first == null || second == null ? null : new String[] {new String(first), new String(second)};
        }
        try {
            String line = in.readLine();
            return line == null ? null : new String[] {line, line};
        } catch (IOException e) {
            return null;
        }
    }
}

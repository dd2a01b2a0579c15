package org.uca.bootstrap.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code admin enable-account --username NAME}: a disabled account may sign in again; its old sessions stay ended. */
@Command(name = "enable-account", mixinStandardHelpOptions = true,
        description = "Enable a disabled account again: it can sign in, but the sessions and API tokens it had stay"
                + " ended. Refused for someone who has left.")
final class EnableAccountCommand implements java.util.concurrent.Callable<Integer> {

    @ParentCommand
    AdminCommand admin;

    @Option(names = "--username", required = true, description = "the account's username")
    String username;

    @Override
    public Integer call() {
        return admin.withStore(store -> admin.report(store.application().accountRecovery().enableAccount(username),
                account -> "Enabled the account " + account.username() + "."));
    }
}

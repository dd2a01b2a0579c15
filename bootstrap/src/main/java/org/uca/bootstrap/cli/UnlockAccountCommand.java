package org.uca.bootstrap.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code admin unlock-account --username NAME}: forgets the account's failed sign-ins. */
@Command(name = "unlock-account", mixinStandardHelpOptions = true,
        description = "Unlock an account: its failed sign-ins are forgotten, so it may sign in again at once.")
final class UnlockAccountCommand implements java.util.concurrent.Callable<Integer> {

    @ParentCommand
    AdminCommand admin;

    @Option(names = "--username", required = true, description = "the account's username")
    String username;

    @Override
    public Integer call() {
        return admin.withStore(store -> admin.report(store.application().accountRecovery().unlockAccount(username),
                account -> "Unlocked the account " + account.username() + "."));
    }
}

package org.uca.bootstrap.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code admin disable-account --username NAME}: it may no longer sign in; its sessions and tokens stop. */
@Command(name = "disable-account", mixinStandardHelpOptions = true,
        description = "Disable an account: it can no longer sign in, and its sessions and API tokens stop at once."
                + " The last active administrator's account cannot be disabled.")
final class DisableAccountCommand implements java.util.concurrent.Callable<Integer> {

    @ParentCommand
    AdminCommand admin;

    @Option(names = "--username", required = true, description = "the account's username")
    String username;

    @Override
    public Integer call() {
        return admin.withStore(store -> admin.report(store.application().accountRecovery().disableAccount(username),
                account -> "Disabled the account " + account.username() + "."));
    }
}

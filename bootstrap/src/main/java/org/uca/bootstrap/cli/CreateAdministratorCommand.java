package org.uca.bootstrap.cli;

import org.uca.application.port.in.AccountRecoveryUseCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code admin create-administrator --username NAME}: the first administrator, while there is no active one. */
@Command(name = "create-administrator", mixinStandardHelpOptions = true,
        description = {"Create the first administrator (a staff record and an account), while no administrator can"
                + " sign in. The password is asked for twice (at least 12 characters; not a common password), or"
                + " read as one line from standard input when that is not a terminal."})
final class CreateAdministratorCommand implements java.util.concurrent.Callable<Integer> {

    @ParentCommand
    AdminCommand admin;

    @Option(names = "--username", required = true, description = "the administrator's username")
    String username;

    @Option(names = "--name", description = "their name, as staff know them (default: the username)")
    String name;

    @Option(names = "--email", description = "their work email address")
    String email;

    @Override
    public Integer call() {
        return admin.withNewOrExistingStore(store -> {
            String[] password = admin.newPassword("Password for " + username);
            if (password == null) {
                admin.spec.commandLine().getErr().println("No password was given; nothing was created.");
                return AdminCommand.REFUSED;
            }
            return admin.report(store.application().accountRecovery().createFirstAdministrator(
                    new AccountRecoveryUseCase.FirstAdministrator(username, name, email, password[0], password[1])),
                    account -> "Created the administrator " + account.username() + " (" + store.describe()
                            + "). Start UCA and sign in as " + account.username() + ".");
        });
    }
}

package org.uca.bootstrap.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code admin revoke-machine-credential --id ID}: the credential stops working from its next request. */
@Command(name = "revoke-machine-credential", mixinStandardHelpOptions = true,
        description = "Revoke a machine credential (its id from list-machine-credentials): its next request gets 401.")
final class RevokeMachineCredentialCommand implements java.util.concurrent.Callable<Integer> {

    @ParentCommand
    AdminCommand admin;

    @Option(names = "--id", required = true, description = "the credential's id")
    String id;

    @Override
    public Integer call() {
        return admin.withStore(store -> admin.report(store.application().machineCredentialsAtTheConsole()
                .revokeMachineCredential(id), revoked -> "Revoked the machine credential " + revoked.id() + " \""
                        + revoked.name() + "\"."));
    }
}

package org.uca.bootstrap.cli;

import java.io.PrintWriter;
import org.uca.application.port.out.MachineCredentials.Scope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code admin create-machine-credential --name NAME [--scope RESIDENT_SYNC|SAFE_VISIT]}: a credential for the
 * housing system's nightly sync (the default) or for a contractor's safe-visit look-ups. Its secret
 * is the only thing on standard output, on a line of its own, so a script can capture it
 * ({@code SECRET=$(java -jar uca.jar admin create-machine-credential --name "Nightly sync")}); what was created goes
 * to standard error. It is shown this once: only its hash is kept.
 */
@Command(name = "create-machine-credential", mixinStandardHelpOptions = true,
        description = "Create a machine credential for the resident sync or a contractor's safe-visit look-ups. Its"
                + " secret is printed once, alone on standard output; the rest goes to standard error.")
final class CreateMachineCredentialCommand implements java.util.concurrent.Callable<Integer> {

    @ParentCommand
    AdminCommand admin;

    @Option(names = "--name", required = true, description = "what the credential is for, e.g. \"Nightly sync\"")
    String name;

    @Option(names = "--scope", defaultValue = "RESIDENT_SYNC", description = "its one job: RESIDENT_SYNC (the"
            + " housing system's sync, the default) or SAFE_VISIT (a contractor's system asking what a visitor must"
            + " do, GET /api/visits and /api/visits/properties)")
    Scope scope;

    @Override
    public Integer call() {
        PrintWriter out = admin.spec.commandLine().getOut();
        PrintWriter err = admin.spec.commandLine().getErr();
        return admin.withStore(store -> store.application().machineCredentialsAtTheConsole()
                .createMachineCredential(name, scope).fold(failure -> {
                    err.println("Refused: " + failure.message());
                    err.flush();
                    return AdminCommand.REFUSED;
                }, created -> {
                    err.println("Created the machine credential " + created.credential().id() + " \""
                            + created.credential().name() + "\" (scope " + created.credential().scope().words()
                            + ") in " + store.describe() + ". Its secret follows on standard output, shown this"
                            + " once: keep it in that system's secret store.");
                    err.flush();
                    out.println(created.secret());
                    out.flush();
                    return 0;
                }));
    }
}

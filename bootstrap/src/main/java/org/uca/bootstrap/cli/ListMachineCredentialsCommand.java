package org.uca.bootstrap.cli;

import org.uca.application.port.out.MachineCredentials.MachineCredential;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code admin list-machine-credentials}: every machine credential, newest first, never a secret. */
@Command(name = "list-machine-credentials", mixinStandardHelpOptions = true,
        description = "List the machine credentials: id, standing, created, last used, name (never a secret).")
final class ListMachineCredentialsCommand implements java.util.concurrent.Callable<Integer> {

    @ParentCommand
    AdminCommand admin;

    @Override
    public Integer call() {
        return admin.withStore(store -> admin.report(store.application().machineCredentialsAtTheConsole()
                .machineCredentials(), all -> {
                    StringBuilder lines = new StringBuilder(String.format("%-16s  %-8s  %-13s  %-24s  %-24s  %s%n",
                            "ID", "STANDING", "SCOPE", "CREATED", "LAST USED", "NAME"));
                    for (MachineCredential c : all) {
                        lines.append(String.format("%-16s  %-8s  %-13s  %-24s  %-24s  %s%n", c.id(),
                                c.revoked() ? "revoked" : "active", c.scope().name(), c.createdAt(),
                                c.lastUsedAt().map(Object::toString).getOrElse("never"), c.name()));
                    }
                    return lines.append(all.size()).append(" machine credential(s)").toString();
                }));
    }
}

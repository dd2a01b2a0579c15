package org.uca.bootstrap.cli;

import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code admin list-accounts [--search TEXT] [--page N]}: the accounts and their standing. */
@Command(name = "list-accounts", mixinStandardHelpOptions = true,
        description = "List the sign-in accounts: username, role, standing, failed sign-ins, name.")
final class ListAccountsCommand implements java.util.concurrent.Callable<Integer> {

    @ParentCommand
    AdminCommand admin;

    @Option(names = "--search", description = "only accounts whose username or holder's name contain this")
    String search = "";

    @Option(names = "--page", description = "which page of 100 (from 1)")
    int page = 1;

    @Override
    public Integer call() {
        return admin.withStore(store -> admin.report(store.application().accountRecovery().listAccounts(search,
                page), found -> {
                    StringBuilder lines = new StringBuilder(String.format("%-30s %-26s %-18s %6s  %s%n", "USERNAME",
                            "ROLE", "STANDING", "FAILED", "NAME"));
                    found.items().forEach(l -> lines.append(String.format("%-30s %-26s %-18s %6d  %s%n",
                            l.account().username(), l.account().role().label(), l.account().disabled() ? "disabled"
                                    : l.account().passwordSet() ? "active" : "password not set",
                            l.account().failedSignIns(), l.name())));
                    lines.append(found.total()).append(" account(s); page ").append(found.number()).append(" of ")
                            .append(found.pages()).append(" (listed ").append(Instant.now()).append(')');
                    return lines.toString();
                }));
    }
}

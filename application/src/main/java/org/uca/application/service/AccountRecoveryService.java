package org.uca.application.service;

import static org.uca.application.service.StaffAdministrationService.refused;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.uca.application.port.in.AccountRecoveryUseCase;
import org.uca.application.port.in.Failure;
import org.uca.application.port.out.Page;
import org.uca.application.port.out.Ports;
import org.uca.application.port.out.Role;
import org.uca.application.port.out.SignInAccount;
import org.uca.application.port.out.SignInAccounts.AccountListing;
import org.uca.application.port.out.StaffRecord;
import org.uca.application.port.out.StorageUnavailable;
import org.uca.application.service.CaseCommands.Done;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.StaffMember;
import org.uca.domain.shared.Checks;

/** The server's command line, for when no one can sign in; audited as {@link AccountRecoveryUseCase#BY}. */
final class AccountRecoveryService implements AccountRecoveryUseCase {

    private static final StaffId SYSTEM = new StaffId(BY);

    private final CaseCommands commands;
    private final Ports ports;
    private final PasswordPolicy policy;

    AccountRecoveryService(CaseCommands commands, Ports ports) {
        this.commands = commands;
        this.ports = ports;
        this.policy = new PasswordPolicy(ports.credentials());
    }

    @Override
    public Either<Failure, SignInAccount> createFirstAdministrator(FirstAdministrator command) {
        String username = AccountRules.normalised(command.username());
        return commands.recorded("create the first administrator", SYSTEM, () -> {
            if (ports.accounts().activeAdministrators() > 0) {
                return refused(Checks.start().require(false, "username", "There is already an active administrator:"
                        + " they add staff and accounts in UCA (Administration)."));
            }
            String name = command.name() == null || command.name().isBlank() ? username : command.name().strip();
            String email = command.email() == null ? "" : command.email().strip();
            Checks checks = AccountRules.username(Checks.start(), username)
                    .label(name, "name", "the administrator's name");
            checks = policy.check(checks, command.password(), command.confirmation(), username);
            if (checks.passed()) {
                checks = checks.require(ports.accounts().account(username).isEmpty(), "username",
                        "There is already an account with this username; choose another, or unlock that account.");
            }
            if (!checks.passed()) {
                return refused(checks);
            }
            StaffRecord record = new StaffRecord(new StaffMember(ports.staffRecords().nextId(), name, "Administration",
                    AuthorityLevel.NONE), email, "Administrator", Option.some(Role.ADMINISTRATOR), Option.none());
            ports.staffRecords().add(record);
            ports.accounts().create(username, record.member().id(), Role.ADMINISTRATOR, Option.none());
            ports.accounts().setPassword(username, ports.credentials().hash(command.password()));
            SignInAccount created = new SignInAccount(username, record.member().id(), Role.ADMINISTRATOR, true,
                    Option.none(), 0, Option.none());
            return Either.right(new Done<>(created, "created the first administrator " + username + " (staff member "
                    + record.member().id() + "): before no active administrator; after " + created.standing()
                    + "; " + record.described()));
        });
    }

    @Override
    public Either<Failure, Page<AccountListing>> listAccounts(String search, int page) {
        try {
            return Either.right(ports.unitOfWork().readOnly(() -> ports.accounts().searchAccounts(
                    search == null ? "" : search.strip(), Math.max(1, page), Page.MAX_SIZE)));
        } catch (StorageUnavailable e) {
            return Either.left(new Failure.Unavailable("The database cannot be reached just now."));
        }
    }

    @Override
    public Either<Failure, SignInAccount> disableAccount(String username) {
        return onAccount("disable an account", username, account -> AccountAdministrationService.disable(ports,
                account));
    }

    @Override
    public Either<Failure, SignInAccount> enableAccount(String username) {
        return onAccount("enable an account", username, account -> AccountAdministrationService.enable(ports,
                account));
    }

    @Override
    public Either<Failure, SignInAccount> unlockAccount(String username) {
        return onAccount("unlock an account", username, account -> AccountAdministrationService.unlock(ports,
                account));
    }

    private Either<Failure, SignInAccount> onAccount(String command, String username,
            java.util.function.Function<SignInAccount, Either<Failure, Done<SignInAccount>>> work) {
        String normalised = AccountRules.normalised(username);
        return commands.recorded(command, SYSTEM, () -> ports.accounts().account(normalised)
                .toEither(() -> (Failure) new Failure.NotFound("There is no account " + normalised + "."))
                .flatMap(work));
    }
}

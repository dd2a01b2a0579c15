package org.uca.application.service;

import static org.uca.application.service.StaffAdministrationService.refused;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Duration;
import java.time.Instant;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.ManageAccountsUseCase;
import org.uca.application.port.in.Task;
import org.uca.application.port.out.Credentials;
import org.uca.application.port.out.Page;
import org.uca.application.port.out.Ports;
import org.uca.application.port.out.Role;
import org.uca.application.port.out.SetPasswordLink;
import org.uca.application.port.out.SignInAccount;
import org.uca.application.port.out.SignInAccounts.AccountListing;
import org.uca.application.port.out.StaffRecord;
import org.uca.application.service.CaseCommands.Done;
import org.uca.domain.people.StaffId;
import org.uca.domain.shared.Checks;

/** Sign-in accounts, kept by administrators. */
final class AccountAdministrationService implements ManageAccountsUseCase {

    /**
     * How long a one-time set-password link works: long enough to hand over across a weekend, short enough that a
     * link left in an inbox soon stops working. It works once; a reset gives a new one.
     */
    static final Duration LINK_LIFETIME = Duration.ofHours(72);

    private final CaseCommands commands;
    private final Ports ports;

    AccountAdministrationService(CaseCommands commands, Ports ports) {
        this.commands = commands;
        this.ports = ports;
    }

    @Override
    public Either<Failure, LinkIssued> createAccount(CreateAccount command) {
        String username = AccountRules.normalised(command.username());
        return commands.administer(Task.MANAGE_ACCOUNTS, command.actingStaff(), actor -> {
            Option<StaffRecord> staff = ports.staffRecords().record(command.staff());
            if (staff.isEmpty()) {
                return Either.left(new Failure.NotFound("There is no member of staff " + command.staff() + "."));
            }
            Checks checks = AccountRules.username(Checks.start(), username)
                    .require(!staff.get().hasLeft(), "staff", "This member of staff has left.")
                    .require(ports.accounts().accountOf(command.staff()).isEmpty(), "staff",
                            "This member of staff already has a sign-in account.");
            if (checks.passed()) {
                checks = checks.require(ports.accounts().account(username).isEmpty(), "username",
                        "There is already an account with this username.");
            }
            if (!checks.passed()) {
                return refused(checks);
            }
            Credentials.Token token = ports.credentials().newToken();
            Instant expires = ports.clock().now().plus(LINK_LIFETIME);
            ports.accounts().create(username, command.staff(), command.role(),
                    Option.some(new SetPasswordLink(token.hash(), expires)));
            return Either.right(new Done<>(new LinkIssued(username, command.staff(), token.token(), expires), "created account "
                    + username + " for staff member " + command.staff() + ": before none; after active, role "
                    + command.role().name() + ", password not set (one-time link until " + expires + ")"));
        });
    }

    @Override
    public Either<Failure, LinkIssued> resetAccount(AccountChange command) {
        return onAccount(command, (actor, account) -> {
            Checks checks = Checks.start()
                    .require(!account.disabled(), "username", "This account is disabled.")
                    .require(!account.staff().equals(actor), "username",
                            "Change your own password instead of resetting your account.")
                    // a UCA password would let them in past the provider, where the landlord ends their access
                    .require(ports.staffRecords().record(account.staff()).forAll(r -> !r.roleFromSingleSignOn()),
                            "username", "This person signs in by single sign-on, so UCA gives them no password:"
                                    + " their provider's account is the one to reset.");
            if (!checks.passed()) {
                return refused(checks);
            }
            Credentials.Token token = ports.credentials().newToken();
            Instant expires = ports.clock().now().plus(LINK_LIFETIME);
            ports.accounts().issueLink(account.username(), new SetPasswordLink(token.hash(), expires));
            return Either.right(new Done<>(new LinkIssued(account.username(), account.staff(), token.token(), expires),
                    "reset account " + account.username() + ": before " + account.standing()
                            + "; after password not set (one-time link until " + expires + ")"));
        });
    }

    @Override
    public Either<Failure, SignInAccount> disableAccount(AccountChange command) {
        return onAccount(command, (actor, account) -> disable(ports, account));
    }

    @Override
    public Either<Failure, SignInAccount> enableAccount(AccountChange command) {
        return onAccount(command, (actor, account) -> enable(ports, account));
    }

    @Override
    public Either<Failure, SignInAccount> unlockAccount(AccountChange command) {
        return onAccount(command, (actor, account) -> unlock(ports, account));
    }

    @Override
    public Either<Failure, Page<AccountListing>> findAccounts(StaffId askedBy, String search, int page) {
        return commands.read(Task.MANAGE_ACCOUNTS, askedBy, who -> Either.right(ports.accounts()
                .searchAccounts(search == null ? "" : search.strip(), Math.max(1, page), Page.DEFAULT_SIZE)));
    }

    /** Disables the account, unless it is the last active administrator's. */
    static Either<Failure, Done<SignInAccount>> disable(Ports ports, SignInAccount account) {
        if (account.disabled()) {
            return refused(Checks.start().require(false, "username", "This account is already disabled."));
        }
        if (account.role() == Role.ADMINISTRATOR && account.passwordSet()
                && ports.accounts().activeAdministrators() <= 1) {
            return refused(Checks.start().require(false, "username", "This is the last active administrator's"
                    + " account; make someone else an administrator first."));
        }
        Instant now = ports.clock().now();
        ports.accounts().disable(account.username(), now);
        SignInAccount after = new SignInAccount(account.username(), account.staff(), account.role(),
                account.passwordSet(), Option.some(now), account.failedSignIns(), account.linkExpiresAt());
        return Either.right(new Done<>(after, "disabled account " + account.username() + ": before "
                + account.standing() + "; after " + after.standing()));
    }

    /** Lets a disabled account sign in again, unless its holder has left (leaving disabled it). */
    static Either<Failure, Done<SignInAccount>> enable(Ports ports, SignInAccount account) {
        Option<StaffRecord> holder = ports.staffRecords().record(account.staff());
        Checks checks = Checks.start()
                .require(account.disabled(), "username", "This account is not disabled.")
                .require(!holder.exists(StaffRecord::hasLeft), "username", "Its holder has left (on "
                        + holder.flatMap(StaffRecord::leftOn).map(Object::toString).getOrElse("")
                        + "): an account of someone who has left stays disabled.");
        if (!checks.passed()) {
            return refused(checks);
        }
        ports.accounts().enable(account.username());
        SignInAccount after = new SignInAccount(account.username(), account.staff(), account.role(),
                account.passwordSet(), Option.none(), account.failedSignIns(), account.linkExpiresAt());
        return Either.right(new Done<>(after, "enabled account " + account.username() + ": before "
                + account.standing() + "; after " + after.standing() + " (its earlier sessions and API tokens"
                + " stay ended)"));
    }

    static Either<Failure, Done<SignInAccount>> unlock(Ports ports, SignInAccount account) {
        ports.accounts().unlock(account.username());
        SignInAccount after = new SignInAccount(account.username(), account.staff(), account.role(),
                account.passwordSet(), account.disabledAt(), 0, account.linkExpiresAt());
        return Either.right(new Done<>(after, "unlocked account " + account.username() + ": before "
                + account.standing() + "; after " + after.standing()));
    }

    @FunctionalInterface
    private interface AccountWork<R> {
        Either<Failure, Done<R>> apply(StaffId actor, SignInAccount account);
    }

    private <R> Either<Failure, R> onAccount(AccountChange command, AccountWork<R> work) {
        String username = AccountRules.normalised(command.username());
        return commands.administer(Task.MANAGE_ACCOUNTS, command.actingStaff(), actor -> ports.accounts()
                .account(username)
                .toEither(() -> (Failure) new Failure.NotFound("There is no account " + username + "."))
                .flatMap(account -> work.apply(actor.id(), account)));
    }
}

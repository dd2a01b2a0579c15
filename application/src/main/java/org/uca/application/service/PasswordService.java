package org.uca.application.service;

import static org.uca.application.service.StaffAdministrationService.refused;

import io.vavr.control.Either;
import io.vavr.control.Option;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.ChangePasswordUseCase;
import org.uca.application.port.in.SetPasswordFromLinkUseCase;
import org.uca.application.port.in.Task;
import org.uca.application.port.out.Ports;
import org.uca.application.port.out.SignInAccount;
import org.uca.application.port.out.StaffRecord;
import org.uca.application.service.CaseCommands.Done;
import org.uca.domain.people.StaffId;
import org.uca.domain.shared.Checks;

/** Setting a password from a one-time link, and changing one's own. */
final class PasswordService implements SetPasswordFromLinkUseCase, ChangePasswordUseCase {

    /** Who the audit log names when a link is used by someone UCA cannot yet tell apart. */
    private static final StaffId BY_LINK = new StaffId("system:set-password-link");

    private static final Failure LINK_NOT_WORKING = new Failure.NotFound("This link to set a password does not work:"
            + " it has been used, has expired or was replaced. Ask an administrator for a new one.");

    private final CaseCommands commands;
    private final Ports ports;
    private final PasswordPolicy policy;

    PasswordService(CaseCommands commands, Ports ports) {
        this.commands = commands;
        this.ports = ports;
        this.policy = new PasswordPolicy(ports.credentials());
    }

    @Override
    public Either<Failure, String> linkFor(String token) {
        try {
            return ports.unitOfWork().readOnly(() -> account(token)).map(SignInAccount::username)
                    .toEither(LINK_NOT_WORKING);
        } catch (org.uca.application.port.out.StorageUnavailable e) {
            return Either.left(new Failure.Unavailable("Passwords cannot be set just now; try again shortly."));
        }
    }

    @Override
    public Either<Failure, String> setPassword(SetPassword command) {
        return commands.recorded("set a password from a one-time link", BY_LINK, () -> {
            Option<SignInAccount> account = account(command.token());
            if (account.isEmpty()) {
                return Either.left(LINK_NOT_WORKING);
            }
            Checks checks = policy.check(Checks.start(), command.password(), command.confirmation(),
                    account.get().username());
            if (!checks.passed()) {
                return refused(checks);
            }
            ports.accounts().setPassword(account.get().username(), ports.credentials().hash(command.password()));
            return Either.right(new Done<>(account.get().username(), "account " + account.get().username()
                    + " (staff member " + account.get().staff() + "): before password not set; after password set,"
                    + " link used"));
        });
    }

    @Override
    public Either<Failure, String> changePassword(ChangePassword command) {
        return commands.administer(Task.CHANGE_OWN_PASSWORD, command.actingStaff(), actor -> {
            Option<SignInAccount> account = ports.accounts().accountOf(actor.id()).filter(a -> !a.disabled());
            if (account.isEmpty()) {
                return Either.left(new Failure.NotFound("You have no sign-in account with a password here."));
            }
            if (ports.staffRecords().record(actor.id()).exists(StaffRecord::roleFromSingleSignOn)) {
                return Either.left(new Failure.NotPermitted("You sign in with single sign-on: your password is"
                        + " your organisation's, changed there; UCA keeps none for you."));
            }
            String username = account.get().username();
            boolean current = command.currentPassword() != null && ports.accounts().passwordHash(username)
                    .exists(hash -> ports.credentials().matches(command.currentPassword(), hash));
            Checks checks = Checks.start().require(current, "currentPassword",
                    "Enter your current password correctly.");
            checks = policy.check(checks, command.password(), command.confirmation(), username);
            if (checks.passed()) {
                checks = checks.require(!command.password().equals(command.currentPassword()), "password",
                        "Choose a password different from your current one.");
            }
            if (!checks.passed()) {
                return refused(checks);
            }
            ports.accounts().setPassword(username, ports.credentials().hash(command.password()));
            return Either.right(new Done<>(username, "account " + username + ": before password set; after"
                    + " password changed by its holder"));
        });
    }

    private Option<SignInAccount> account(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            return Option.none();
        }
        return ports.accounts().byLink(ports.credentials().hashOfToken(token), ports.clock().now())
                .filter(a -> !a.disabled());
    }
}

package org.uca.application.service;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.AccountRecoveryUseCase;
import org.uca.application.port.in.MachineCredentialsAtTheConsoleUseCase;
import org.uca.application.port.in.ManageMachineCredentialsUseCase;
import org.uca.application.port.in.Task;
import org.uca.application.port.out.Credentials;
import org.uca.application.port.out.MachineCredentials.MachineCredential;
import org.uca.application.port.out.MachineCredentials.Scope;
import org.uca.application.port.out.Ports;
import org.uca.application.port.out.StorageUnavailable;
import org.uca.domain.people.StaffId;
import org.uca.domain.shared.Checks;
import org.uca.domain.shared.Refusal;

/**
 * Machine client credentials, created and revoked by administrators. The secret is the credentials adapter's random
 * token (256 bits) behind the prefix {@value #PREFIX}, so a leaked one is recognisable (secret scanners, logs) and
 * the web adapter can tell it from a staff token; only its hash is stored. An administrator in the app and the
 * server's command line create and revoke them by the same rules.
 */
final class MachineCredentialService implements ManageMachineCredentialsUseCase,
        MachineCredentialsAtTheConsoleUseCase {

    static final String PREFIX = org.uca.application.port.in.SyncResidentsUseCase.SECRET_PREFIX;

    /** Who the server's command line is in the audit log, as for its account commands. */
    private static final StaffId COMMAND_LINE = new StaffId(AccountRecoveryUseCase.BY);

    /** How much of the secret's hash names the credential in lists and audit entries. */
    private static final int ID_LENGTH = 16;

    private final CaseCommands commands;
    private final Ports ports;

    MachineCredentialService(CaseCommands commands, Ports ports) {
        this.commands = commands;
        this.ports = ports;
    }

    @Override
    public Either<Failure, Created> createMachineCredential(StaffId actingStaff, String name, Scope scope) {
        return commands.administer(Task.MANAGE_MACHINE_CREDENTIALS, actingStaff,
                actor -> create(actor.id(), name, scope));
    }

    @Override
    public Either<Failure, Seq<MachineCredential>> machineCredentials(StaffId actingStaff) {
        return commands.read(Task.MANAGE_MACHINE_CREDENTIALS, actingStaff,
                actor -> Either.right(ports.machineCredentials().all()));
    }

    @Override
    public Either<Failure, MachineCredential> revokeMachineCredential(StaffId actingStaff, String id) {
        return commands.administer(Task.MANAGE_MACHINE_CREDENTIALS, actingStaff, actor -> revoke(id));
    }

    @Override
    public Either<Failure, Created> createMachineCredential(String name, Scope scope) {
        return commands.recorded(Task.MANAGE_MACHINE_CREDENTIALS.description(), COMMAND_LINE,
                () -> create(COMMAND_LINE, name, scope));
    }

    @Override
    public Either<Failure, Seq<MachineCredential>> machineCredentials() {
        try {
            return Either.right(ports.unitOfWork().readOnly(() -> ports.machineCredentials().all()));
        } catch (StorageUnavailable e) {
            return Either.left(new Failure.Unavailable("The database cannot be reached just now."));
        }
    }

    @Override
    public Either<Failure, MachineCredential> revokeMachineCredential(String id) {
        return commands.recorded(Task.MANAGE_MACHINE_CREDENTIALS.description(), COMMAND_LINE, () -> revoke(id));
    }

    private Either<Failure, CaseCommands.Done<Created>> create(StaffId by, String name, Scope scope) {
        String given = name == null ? "" : name.strip();
        Checks checks = Checks.start().label(given, "name", "the credential's name")
                .require(given.length() <= MAX_NAME, "name", "is longer than " + MAX_NAME + " characters");
        if (!checks.passed()) {
            return Either.left(new Failure.Refused(new Refusal(checks.problems())));
        }
        Credentials.Token random = ports.credentials().newToken();
        String secret = PREFIX + random.token();
        String hash = ports.credentials().hashOfToken(secret);
        MachineCredential credential = new MachineCredential(hash.substring(0, ID_LENGTH), given,
                scope, ports.clock().now(), by, Option.none(), Option.none());
        ports.machineCredentials().add(credential, hash);
        return Either.right(new CaseCommands.Done<>(new Created(credential, secret), "created machine credential "
                + credential.id() + " \"" + given + "\": before none; after active, scope "
                + scope.words()));
    }

    private Either<Failure, CaseCommands.Done<MachineCredential>> revoke(String id) {
        Option<MachineCredential> found = id == null || id.length() > ID_LENGTH ? Option.none()
                : ports.machineCredentials().find(id);
        if (found.isEmpty()) {
            return Either.left(new Failure.NotFound("There is no machine credential " + id + "."));
        }
        if (found.get().revoked()) {
            return Either.left(new Failure.Conflict("Machine credential " + id + " was revoked already."));
        }
        Instant now = ports.clock().now();
        ports.machineCredentials().revoke(id, now);
        MachineCredential revoked = new MachineCredential(found.get().id(), found.get().name(),
                found.get().scope(), found.get().createdAt(), found.get().createdBy(), Option.some(now),
                found.get().lastUsedAt());
        return Either.right(new CaseCommands.Done<>(revoked, "revoked machine credential " + id + " \""
                + revoked.name() + "\": before active; after revoked"));
    }
}

package org.uca.application.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.uca.application.port.in.ManageMachineCredentialsUseCase.Created;
import org.uca.application.port.out.MachineCredentials.MachineCredential;
import org.uca.application.port.out.MachineCredentials.Scope;

/**
 * The machine credentials, from the server's command line ({@code uca.jar admin create-machine-credential}), for a
 * landlord that scripts its set-up: whoever runs the server holds everything in its database already, so no member
 * of staff is asked for; created and revoked by the same rules as an administrator's, audited as
 * {@link AccountRecoveryUseCase#BY}.
 */
public interface MachineCredentialsAtTheConsoleUseCase {

    /** A credential for the housing system's resident sync. */
    default Either<Failure, Created> createMachineCredential(String name) {
        return createMachineCredential(name, Scope.RESIDENT_SYNC);
    }

    /** A credential for the one job of its scope (a contractor's system: {@link Scope#SAFE_VISIT}). */
    Either<Failure, Created> createMachineCredential(String name, Scope scope);

    Either<Failure, Seq<MachineCredential>> machineCredentials();

    Either<Failure, MachineCredential> revokeMachineCredential(String id);
}

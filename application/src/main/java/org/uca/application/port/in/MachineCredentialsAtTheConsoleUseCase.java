package org.uca.application.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import org.uca.application.port.in.ManageMachineCredentialsUseCase.Created;
import org.uca.application.port.out.MachineCredentials.MachineCredential;

/**
 * The machine credentials, from the server's command line ({@code uca.jar admin create-machine-credential}), for a
 * landlord that scripts its set-up: whoever runs the server holds everything in its database already, so no member
 * of staff is asked for; created and revoked by the same rules as an administrator's, audited as
 * {@link AccountRecoveryUseCase#BY}.
 */
public interface MachineCredentialsAtTheConsoleUseCase {

    Either<Failure, Created> createMachineCredential(String name);

    Either<Failure, Seq<MachineCredential>> machineCredentials();

    Either<Failure, MachineCredential> revokeMachineCredential(String id);
}

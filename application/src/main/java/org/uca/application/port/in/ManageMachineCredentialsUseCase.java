package org.uca.application.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.Objects;
import org.uca.application.port.out.MachineCredentials.MachineCredential;
import org.uca.application.port.out.MachineCredentials.Scope;
import org.uca.domain.people.StaffId;

/**
 * For administrators: the credentials another system (the housing system's nightly sync) uses to reach UCA. The
 * secret is shown once, when the credential is created, and never again (only its hash is kept); a credential
 * revoked stops working at once. Creating and revoking are audited.
 */
public interface ManageMachineCredentialsUseCase {

    int MAX_NAME = 100;

    /** A credential for the housing system's resident sync. */
    default Either<Failure, Created> createMachineCredential(StaffId actingStaff, String name) {
        return createMachineCredential(actingStaff, name, Scope.RESIDENT_SYNC);
    }

    /** A credential that may do the one job of its scope (a contractor's system: {@link Scope#SAFE_VISIT}). */
    Either<Failure, Created> createMachineCredential(StaffId actingStaff, String name, Scope scope);

    Either<Failure, Seq<MachineCredential>> machineCredentials(StaffId actingStaff);

    Either<Failure, MachineCredential> revokeMachineCredential(StaffId actingStaff, String id);

    /** A new credential and its secret, to hand over once. */
    record Created(MachineCredential credential, String secret) {
        public Created {
            Objects.requireNonNull(credential, "credential");
            Objects.requireNonNull(secret, "secret");
        }

        @Override
        public String toString() {
            return "Created[" + credential + ", secret hidden]";
        }
    }
}

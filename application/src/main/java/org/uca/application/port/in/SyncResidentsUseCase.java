package org.uca.application.port.in;

import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import org.uca.application.port.out.MachineCredentials.Scope;
import org.uca.domain.people.StaffId;

/**
 * The housing system's nightly sync, one resident or a batch at a time, by a machine credential with the resident
 * sync scope: the same checks and upsert by reference as the file import ({@link ImportResidentsUseCase}), fields
 * named like its columns, audited as that credential. A batch is all or nothing. A resident who moves keeps their
 * reference, so their case stays theirs; one whose tenancy ended is kept.
 */
public interface SyncResidentsUseCase {

    /** What every machine credential's secret starts with, so a leaked one is recognisable. */
    String SECRET_PREFIX = "uca_mc_";

    /** The most residents one batch may hold. */
    int MAX_BATCH = 1_000;

    /**
     * The machine client this secret belongs to, if it is a live credential of any scope (its use is recorded); what
     * it may do is its scope's, and the sync refuses any other scope.
     */
    Option<MachineClient> admit(String secret);

    /** Adds or replaces the resident with this reference. */
    Either<Failure, ImportResidentsUseCase.Change> syncResident(MachineClient client, String reference,
            Map<String, String> fields);

    /** Adds or replaces every resident given, or none if any is wrong (each problem names its index and field). */
    Either<Failure, ImportResidentsUseCase.Report> syncResidents(MachineClient client,
            Seq<Map<String, String>> residents);

    /** Who is calling: a machine credential, audited as {@link #auditedAs()}. */
    record MachineClient(String id, String name, Scope scope) {
        public MachineClient {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(scope, "scope");
        }

        /** The name the audit log gives the credential's work. */
        public StaffId auditedAs() {
            return new StaffId("machine:" + id);
        }
    }
}

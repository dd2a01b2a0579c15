package org.uca.application.service;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.uca.application.port.in.Failure;
import org.uca.application.port.out.AuditLog.Outcome;
import org.uca.application.port.out.AuditLog;
import org.uca.application.port.out.ConcurrentChange;
import org.uca.application.port.out.Ports;
import org.uca.application.port.out.StorageUnavailable;
import org.uca.application.port.out.StoredValueRejected;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.CaseUpdate;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.StaffMember;
import org.uca.domain.shared.Refusal;

/**
 * How every command runs: find the acting member of staff in the directory, load the case, apply the policy, save
 * the change with its audit entry and follow-ups in one unit of work; audit every failure too.
 */
final class CaseCommands {

    /** The change a command makes to a case, given who is acting and when. */
    @FunctionalInterface
    interface Change {
        Either<Refusal, CaseUpdate> apply(Case current, StaffMember actor, Instant now);
    }

    /** What a command does after its change is saved (inside the same unit of work), and what it returns. */
    @FunctionalInterface
    interface Then<R> {
        R apply(CaseUpdate update, StaffMember actor, Instant now);
    }

    /** What anyone is told while the store cannot be reached: nothing was changed. */
    private static final Failure UNAVAILABLE = new Failure.Unavailable("The case store cannot be reached just now;"
            + " nothing was changed. Try again shortly.");

    private final Ports ports;

    CaseCommands(Ports ports) {
        this.ports = ports;
    }

    /** Runs a command on an existing case. */
    <R> Either<Failure, R> onCase(String command, StaffId actingStaff, CaseId caseId, Change change, Then<R> then) {
        return run(command, actingStaff, Option.some(caseId), actor -> ports.cases().find(caseId)
                .toEither(() -> (Failure) new Failure.NotFound("There is no case " + caseId + ".")), change, then);
    }

    /** Runs a command on a resident's case, opening one if the resident has none yet. */
    <R> Either<Failure, R> onResident(String command, StaffId actingStaff, ResidentId resident, Change change,
            Then<R> then) {
        return run(command, actingStaff, Option.none(), actor -> {
            if (ports.residents().find(resident).isEmpty()) {
                return Either.left(new Failure.NotFound("There is no resident " + resident
                        + " in the housing system."));
            }
            return Either.right(ports.cases().findByResident(resident)
                    .getOrElse(() -> Case.open(ports.cases().nextId(), resident)));
        }, change, then);
    }

    private <R> Either<Failure, R> run(String command, StaffId actingStaff, Option<CaseId> caseId,
            Function<StaffMember, Either<Failure, Case>> load, Change change, Then<R> then) {
        Instant now = ports.clock().now();
        Option<StaffMember> actor;
        try {
            actor = ports.staff().find(actingStaff);
        } catch (StorageUnavailable e) {
            return Either.left(new Failure.Unavailable("The staff directory cannot be reached just now; nothing was"
                    + " changed. Try again shortly."));
        }
        if (actor.isEmpty()) {
            return fail(command, actingStaff, caseId, now,
                    new Failure.NotPermitted("Staff member " + actingStaff + " is not in the staff directory."));
        }
        Either<Failure, R> result;
        // A refusal on a resident's existing case belongs in that case's audit trail too.
        AtomicReference<Option<CaseId>> auditedCase = new AtomicReference<>(caseId);
        try {
            result = ports.unitOfWork().inTransaction(() -> {
                Either<Failure, Case> current = load.apply(actor.get());
                if (current.isLeft()) {
                    return Either.left(current.getLeft());
                }
                Case before = current.get();
                if (before.version() > 0) {
                    auditedCase.set(Option.some(before.id()));
                }
                Either<Refusal, CaseUpdate> changed = change.apply(before, actor.get(), now);
                if (changed.isLeft()) {
                    return Either.left(new Failure.Refused(changed.getLeft()));
                }
                CaseUpdate update = changed.get();
                ports.cases().save(update.after(), before.version());
                ports.audit().append(new AuditLog.Entry(now, actingStaff, command, Option.some(before.id()),
                        Outcome.ACCEPTED, update.event().summary()));
                return Either.right(then.apply(update, actor.get(), now));
            });
        } catch (ConcurrentChange e) {
            result = Either.left(new Failure.Conflict("Someone else changed this case at the same time; nothing"
                    + " was saved. Reload the case and try again."));
        } catch (StoredValueRejected e) {
            result = Either.left(new Failure.Refused(Refusal.of(e.field(), e.getMessage())));
        } catch (StorageUnavailable e) {
            // The store is down: nothing was changed, and the failure cannot be audited there either.
            return Either.left(UNAVAILABLE);
        }
        if (result.isLeft()) {
            return fail(command, actingStaff, auditedCase.get(), now, result.getLeft());
        }
        return result;
    }

    private <R> Either<Failure, R> fail(String command, StaffId actingStaff, Option<CaseId> caseId, Instant now,
            Failure failure) {
        Outcome outcome = failure instanceof Failure.NotFound ? Outcome.NOT_FOUND
                : failure instanceof Failure.Conflict ? Outcome.CONFLICT
                : failure instanceof Failure.NotPermitted ? Outcome.NOT_PERMITTED : Outcome.REFUSED;
        try {
            ports.unitOfWork().inTransaction(() -> {
                ports.audit().append(new AuditLog.Entry(now, actingStaff, command, caseId, outcome,
                        failure.message()));
                return null;
            });
        } catch (StorageUnavailable e) {
            return Either.left(UNAVAILABLE);
        }
        return Either.left(failure);
    }

    /**
     * Runs a read inside one unit of work, the staff check included (one transaction, not two: the contact-guidance
     * hot path), turning an unreachable store into a failure.
     */
    <R> Either<Failure, R> read(StaffId askedBy, Function<StaffMember, Either<Failure, R>> query) {
        try {
            // The store's failure propagates out of the unit of work (which rolls back) and is answered below.
            return ports.unitOfWork().readOnly(() -> ports.staff().find(askedBy)
                    .toEither(() -> (Failure) new Failure.NotPermitted("Staff member " + askedBy
                            + " is not in the staff directory."))
                    .flatMap(query::apply));
        } catch (StorageUnavailable e) {
            return Either.left(UNAVAILABLE);
        }
    }
}

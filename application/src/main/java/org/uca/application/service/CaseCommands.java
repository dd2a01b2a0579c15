package org.uca.application.service;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import io.vavr.collection.Seq;
import org.uca.application.port.in.AccessPolicy;
import org.uca.application.port.in.CaseVersion;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.Task;
import org.uca.application.port.out.AuditLog.Outcome;
import org.uca.application.port.out.AuditLog;
import org.uca.application.port.out.ConcurrentChange;
import org.uca.application.port.out.GuidanceLookup;
import org.uca.application.port.out.OutcomeUnknown;
import org.uca.application.port.out.Ports;
import org.uca.application.port.out.Role;
import org.uca.application.port.out.StaffDirectory;
import org.uca.application.port.out.StorageUnavailable;
import org.uca.application.port.out.StoredValueRejected;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.CaseEvent;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.CaseUpdate;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.StaffMember;
import org.uca.domain.shared.Refusal;

/**
 * How every use case runs: find the acting member of staff in the directory, check their role may do the task
 * ({@link AccessPolicy}) before any case or resident is read, then load the case, apply the policy, save the change
 * with its audit entry and follow-ups in one unit of work. Every failed command is audited, and so is every
 * question refused because of who asked.
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

    /** What anyone is told when the store went away during the commit: the change may have been saved. */
    static Failure mayHaveBeenSaved(OutcomeUnknown e) {
        return new Failure.Unavailable(e.getMessage() + " Check the case before you try again.");
    }

    private final Ports ports;

    CaseCommands(Ports ports) {
        this.ports = ports;
    }

    /**
     * Runs a command on an existing case, asked for from the {@code seen} version of it (when given): a case changed
     * since is refused as stale.
     */
    <R> Either<Failure, R> onCase(Task task, StaffId actingStaff, CaseId caseId, Option<CaseVersion> seen,
            Change change, Then<R> then) {
        return run(task, actingStaff, Option.some(caseId), Option.none(), seen, actor -> ports.cases().find(caseId)
                .toEither(() -> (Failure) new Failure.NotFound("There is no case " + caseId + ".")), change, then);
    }

    /**
     * Runs a command on a resident's case, opening one if the resident has none yet ({@link CaseVersion#NO_CASE_YET}
     * as the {@code seen} version).
     */
    <R> Either<Failure, R> onResident(Task task, StaffId actingStaff, ResidentId resident,
            Option<CaseVersion> seen, Change change, Then<R> then) {
        return run(task, actingStaff, Option.none(), Option.some(resident), seen, actor -> {
            if (ports.residents().find(resident).isEmpty()) {
                return Either.left(new Failure.NotFound("There is no resident " + resident
                        + " in the housing system."));
            }
            return Either.right(ports.cases().findByResident(resident)
                    .getOrElse(() -> Case.open(ports.cases().nextId(), resident)));
        }, change, then);
    }

    /** @param resident the resident a command made before they have a case is about, for its audit entry */
    private <R> Either<Failure, R> run(Task task, StaffId actingStaff, Option<CaseId> caseId,
            Option<ResidentId> resident, Option<CaseVersion> seen, Function<StaffMember, Either<Failure, Case>> load,
            Change change, Then<R> then) {
        Instant now = ports.clock().now();
        Either<Failure, StaffMember> permitted;
        try {
            permitted = permitted(task, actingStaff, ports.staff().find(actingStaff));
        } catch (StorageUnavailable e) {
            return Either.left(new Failure.Unavailable("The staff directory cannot be reached just now; nothing was"
                    + " changed. Try again shortly."));
        }
        if (permitted.isLeft()) {
            return fail(task.description(), actingStaff, caseId, resident, now, permitted.getLeft());
        }
        StaffMember actor = permitted.get();
        Either<Failure, R> result;
        // A refusal on a resident's existing case belongs in that case's audit trail too.
        AtomicReference<Option<CaseId>> auditedCase = new AtomicReference<>(caseId);
        try {
            result = ports.unitOfWork().inTransaction(() -> {
                Either<Failure, Case> current = load.apply(actor);
                if (current.isLeft()) {
                    return Either.left(current.getLeft());
                }
                Case before = current.get();
                if (before.version() > 0) {
                    auditedCase.set(Option.some(before.id()));
                }
                Option<Failure> stale = seen.flatMap(version -> stale(before, version));
                if (stale.isDefined()) {
                    return Either.left(stale.get());
                }
                Either<Refusal, CaseUpdate> changed = change.apply(before, actor, now);
                if (changed.isLeft()) {
                    return Either.left(new Failure.Refused(changed.getLeft()));
                }
                CaseUpdate update = changed.get();
                ports.cases().save(update.after(), before.version());
                ports.audit().append(new AuditLog.Entry(now, actingStaff, task.description(), Option.some(before.id()),
                        Outcome.ACCEPTED, update.event().summary()));
                return Either.right(then.apply(update, actor, now));
            });
        } catch (ConcurrentChange e) {
            result = Either.left(new Failure.Conflict("Someone else changed this case at the same time; nothing"
                    + " was saved. Reload the case and try again."));
        } catch (StoredValueRejected e) {
            result = Either.left(new Failure.Refused(Refusal.of(e.field(), e.getMessage())));
        } catch (StorageUnavailable e) {
            // The store is down: nothing was changed, and the failure cannot be audited there either.
            return Either.left(UNAVAILABLE);
        } catch (OutcomeUnknown e) {
            return Either.left(mayHaveBeenSaved(e));
        }
        if (result.isLeft()) {
            return fail(task.description(), actingStaff, auditedCase.get(), resident, now, result.getLeft());
        }
        return result;
    }

    /**
     * Why a change asked for from the {@code seen} version cannot be made to the case as it now is, if it cannot:
     * the case has changed since (or never was at that version).
     */
    private static Option<Failure> stale(Case current, CaseVersion seen) {
        long now = current.version();
        if (seen.number() == now) {
            return Option.none();
        }
        if (seen.number() > now) {
            return Option.some(new Failure.Stale("This case has never been at version " + seen + "; it is at version "
                    + now + ". Nothing was saved. Reload the case and try again.", new CaseVersion(now),
                    io.vavr.collection.List.empty()));
        }
        Seq<CaseEvent> since = current.eventsSince(seen.number());
        return Option.some(new Failure.Stale("This case has changed since you looked at it (" + since.size()
                + (since.size() == 1 ? " change" : " changes") + " since version " + seen + "), so nothing was saved."
                + " Check what changed, then ask again.", new CaseVersion(now), since));
    }

    /**
     * The member of staff, if the directory knows them and their role may do the task. Called on what the
     * directory returned, before anything else is read.
     */
    private static Either<Failure, StaffMember> permitted(Task task, StaffId who, Option<StaffDirectory.Entry> found) {
        if (found.isEmpty()) {
            return Either.left(new Failure.NotPermitted("Staff member " + who + " is not in the staff directory."));
        }
        Option<Role> role = found.get().role();
        if (role.isEmpty()) {
            return Either.left(new Failure.NotPermitted("Staff member " + who + " has no role in UCA yet, so cannot "
                    + task.description() + "; an administrator gives staff their role."));
        }
        if (!AccessPolicy.allows(role.get(), task)) {
            return Either.left(new Failure.NotPermitted("As " + role.get().someone() + " you cannot "
                    + task.description() + "."));
        }
        return Either.right(found.get().member());
    }

    /** What a change to the staff directory or an account returns, and what its audit entry says. */
    record Done<R>(R result, String audited) {
    }

    /**
     * Runs a change to the staff directory or the accounts as the acting member of staff: their role is checked
     * for the task before anything is read, then the work runs in one unit of work with its audit entry.
     */
    <R> Either<Failure, R> administer(Task task, StaffId actingStaff,
            Function<StaffMember, Either<Failure, Done<R>>> work) {
        Either<Failure, StaffMember> permitted;
        try {
            permitted = ports.unitOfWork().readOnly(() -> permitted(task, actingStaff,
                    ports.staff().find(actingStaff)));
        } catch (StorageUnavailable e) {
            return Either.left(UNAVAILABLE);
        }
        if (permitted.isLeft()) {
            return fail(task.description(), actingStaff, Option.none(), ports.clock().now(), permitted.getLeft());
        }
        return recorded(task.description(), actingStaff, () -> work.apply(permitted.get()));
    }

    /**
     * Runs a change that no member of staff's role is checked for (the server's command line, a one-time link) in
     * one unit of work with its audit entry, naming {@code who}; a failure is audited too.
     */
    <R> Either<Failure, R> recorded(String command, StaffId who, Supplier<Either<Failure, Done<R>>> work) {
        Instant now = ports.clock().now();
        Either<Failure, R> result;
        try {
            result = ports.unitOfWork().inTransaction(() -> {
                Either<Failure, Done<R>> done = work.get();
                done.forEach(d -> ports.audit().append(new AuditLog.Entry(now, who, command, Option.none(),
                        Outcome.ACCEPTED, d.audited())));
                return done.map(Done::result);
            });
        } catch (ConcurrentChange e) {
            result = Either.left(new Failure.Conflict("Someone else changed this at the same time; nothing was"
                    + " saved. Reload and try again."));
        } catch (StoredValueRejected e) {
            result = Either.left(new Failure.Refused(Refusal.of(e.field(), e.getMessage())));
        } catch (StorageUnavailable e) {
            return Either.left(UNAVAILABLE);
        } catch (OutcomeUnknown e) {
            return Either.left(mayHaveBeenSaved(e));
        }
        return result.isLeft() ? fail(command, who, Option.none(), now, result.getLeft()) : result;
    }

    /** Audits the failure as the task's outcome (unless the store is down) and returns it. */
    private <R> Either<Failure, R> fail(Task task, StaffId actingStaff, Option<CaseId> caseId, Instant now,
            Failure failure) {
        return fail(task.description(), actingStaff, caseId, now, failure);
    }

    private <R> Either<Failure, R> fail(String command, StaffId actingStaff, Option<CaseId> caseId, Instant now,
            Failure failure) {
        return fail(command, actingStaff, caseId, Option.none(), now, failure);
    }

    /** As above; an entry made before the resident has a case names the resident (on a case, the case is enough). */
    private <R> Either<Failure, R> fail(String command, StaffId actingStaff, Option<CaseId> caseId,
            Option<ResidentId> resident, Instant now, Failure failure) {
        Option<Outcome> outcome = outcome(failure);
        if (outcome.isEmpty()) {
            return Either.left(failure);
        }
        try {
            ports.unitOfWork().inTransaction(() -> {
                ports.audit().append(new AuditLog.Entry(now, actingStaff, command, caseId, resident, outcome.get(),
                        failure.message()));
                return null;
            });
        } catch (StorageUnavailable | OutcomeUnknown e) { // only the audit entry may have been saved
            return Either.left(UNAVAILABLE);
        }
        return Either.left(failure);
    }

    /** The failure as an audited outcome; none for a store that cannot be reached (nothing can be written there). */
    private static Option<Outcome> outcome(Failure failure) {
        return failure.fold(
                refused -> Option.some(Outcome.REFUSED),
                notFound -> Option.some(Outcome.NOT_FOUND),
                notPermitted -> Option.some(Outcome.NOT_PERMITTED),
                conflict -> Option.some(Outcome.CONFLICT),
                stale -> Option.some(Outcome.CONFLICT),
                unavailable -> Option.none());
    }

    /**
     * Audits a command a front end refused before asking its use case, as {@link #fail} audits one the use case
     * refused: on the case named, if there is one; on the resident named — their case if they have one — otherwise.
     * A case or resident that does not exist is named by nothing, so the entry is about no case. No role is checked:
     * a refusal of a role not permitted the task is audited too.
     *
     * @return why it could not be audited, if it could not
     */
    Option<Failure> refusedBefore(Task task, StaffId who, Option<CaseId> caseId, Option<ResidentId> resident,
            Failure failure) {
        Option<Outcome> outcome = outcome(failure);
        if (outcome.isEmpty()) {
            return Option.none();
        }
        Instant now = ports.clock().now();
        try {
            ports.unitOfWork().inTransaction(() -> {
                Option<CaseId> onCase = caseId.filter(id -> ports.cases().find(id).isDefined());
                Option<ResidentId> known = onCase.isDefined() ? Option.none()
                        : resident.filter(r -> ports.residents().find(r).isDefined());
                Option<CaseId> theirCase = known.flatMap(r -> ports.cases().findByResident(r)).map(Case::id);
                ports.audit().append(new AuditLog.Entry(now, who, task.description(), onCase.orElse(theirCase), known,
                        outcome.get(), failure.message()));
                return null;
            });
        } catch (StorageUnavailable | OutcomeUnknown e) { // only the audit entry may have been saved
            return Option.some(UNAVAILABLE);
        }
        return Option.none();
    }

    /**
     * Runs a question inside one unit of work, the staff and role check included (one transaction, not two),
     * turning an unreachable store into a failure. A question refused because of who
     * asked is audited; other answers are not.
     */
    <R> Either<Failure, R> read(Task task, StaffId askedBy, Function<StaffMember, Either<Failure, R>> query) {
        return read(task, askedBy, Option.none(), query);
    }

    /** As {@link #read(Task, StaffId, Function)}, about a case: a refusal is audited on that case. */
    <R> Either<Failure, R> read(Task task, StaffId askedBy, Option<CaseId> about,
            Function<StaffMember, Either<Failure, R>> query) {
        return readAs(task, askedBy, about, (who, role) -> query.apply(who));
    }

    /** As {@link #read(Task, StaffId, Option, Function)}, for an answer that also depends on the asker's role. */
    <R> Either<Failure, R> readAs(Task task, StaffId askedBy, Option<CaseId> about,
            BiFunction<StaffMember, Role, Either<Failure, R>> query) {
        AtomicReference<Failure> refused = new AtomicReference<>();
        Either<Failure, R> answer;
        try {
            // The store's failure propagates out of the unit of work (which rolls back) and is answered below.
            answer = ports.unitOfWork().readOnly(() -> {
                Option<StaffDirectory.Entry> asking = ports.staff().find(askedBy);
                return permitted(task, askedBy, asking)
                        .peekLeft(refused::set)
                        .flatMap(who -> query.apply(who, asking.get().role().get()));
            });
        } catch (StorageUnavailable e) {
            return Either.left(UNAVAILABLE);
        }
        return refused.get() == null ? answer : fail(task, askedBy, about, ports.clock().now(), refused.get());
    }

    /**
     * Answers the contact-guidance question on its hot path: the role is checked on the staff directory's entry
     * (which the store may keep between calls) before the look-up, and checked again if the look-up shows the
     * directory has changed since, so a member of staff whose role was taken away is refused at once; a refusal is
     * always checked against the directory itself. Nothing found is used before the checks pass. A refusal is
     * audited as in {@link #read(Task, StaffId, Function)}.
     */
    <R> Either<Failure, R> lookUpGuidance(Task task, StaffId askedBy, ResidentId resident,
            Function<GuidanceLookup.Found, Either<Failure, R>> answer) {
        Either<Failure, R> result;
        try {
            Option<StaffDirectory.Entry> asking = ports.guidance().asking(askedBy);
            Either<Failure, StaffMember> allowed = permitted(task, askedBy, asking);
            if (allowed.isLeft()) {
                // Never refuse on a kept copy: the role may have been given since.
                asking = ports.staff().find(askedBy);
                allowed = permitted(task, askedBy, asking);
            }
            if (allowed.isLeft()) {
                return fail(task.description(), askedBy, Option.none(), Option.some(resident), ports.clock().now(),
                        allowed.getLeft());
            }
            GuidanceLookup.Found found = ports.guidance().lookUp(askedBy, resident);
            if (!found.askedBy().equals(asking)) {
                allowed = permitted(task, askedBy, found.askedBy());
                if (allowed.isLeft()) {
                    return fail(task.description(), askedBy, Option.none(), Option.some(resident),
                            ports.clock().now(), allowed.getLeft());
                }
            }
            result = answer.apply(found);
        } catch (StorageUnavailable e) {
            return Either.left(UNAVAILABLE);
        }
        return result;
    }

    /** What a change to no case returns, and what its audit entry says (none: nothing was changed). */
    record Audited<R>(R result, Option<String> why) {
    }

    /**
     * Runs a change that is to no case (the resident directory) the way every command runs: the acting member of
     * staff's role checked first, then the work and its audit entry in one unit of work; a failure is audited.
     */
    <R> Either<Failure, R> offCase(Task task, StaffId actingStaff, Function<Instant, Either<Failure, Audited<R>>> work) {
        return beside(task, actingStaff, Option.none(), work);
    }

    /**
     * As {@link #offCase}, for a change beside a case that is not a change to it (a letter's sending recorded): the
     * audit entry, and a refusal's, name the case.
     */
    <R> Either<Failure, R> beside(Task task, StaffId actingStaff, Option<CaseId> caseId,
            Function<Instant, Either<Failure, Audited<R>>> work) {
        Either<Failure, StaffMember> permitted;
        try {
            permitted = permitted(task, actingStaff, ports.staff().find(actingStaff));
        } catch (StorageUnavailable e) {
            return Either.left(UNAVAILABLE);
        }
        if (permitted.isLeft()) {
            return fail(task, actingStaff, caseId, ports.clock().now(), permitted.getLeft());
        }
        return bySystem(task, actingStaff, caseId, work);
    }

    /** As {@link #offCase}, for work the system (or the server's operator) does: no role to check. */
    <R> Either<Failure, R> bySystem(Task task, StaffId system, Function<Instant, Either<Failure, Audited<R>>> work) {
        return bySystem(task, system, Option.none(), work);
    }

    private <R> Either<Failure, R> bySystem(Task task, StaffId system, Option<CaseId> caseId,
            Function<Instant, Either<Failure, Audited<R>>> work) {
        Instant now = ports.clock().now();
        Either<Failure, R> result;
        try {
            result = ports.unitOfWork().inTransaction(() -> work.apply(now).map(done -> {
                done.why().forEach(why -> ports.audit().append(new AuditLog.Entry(now, system, task.description(),
                        caseId, Outcome.ACCEPTED, why)));
                return done.result();
            }));
        } catch (ConcurrentChange e) {
            result = Either.left(new Failure.Conflict("Someone else changed the same records at the same time;"
                    + " nothing was saved. Try again."));
        } catch (StoredValueRejected e) {
            result = Either.left(new Failure.Refused(Refusal.of(e.field(), e.getMessage())));
        } catch (StorageUnavailable e) {
            return Either.left(UNAVAILABLE);
        } catch (OutcomeUnknown e) {
            return Either.left(mayHaveBeenSaved(e));
        }
        return result.isLeft() ? fail(task, system, caseId, now, result.getLeft()) : result;
    }

    /**
     * Records in the audit log that a permitted use case other than a change to a case was done (a subject access
     * export), so that who saw what stays traceable; the answer is withheld if it cannot be recorded.
     */
    <R> Either<Failure, R> audited(Task task, StaffId actingStaff, Option<CaseId> caseId, ResidentId resident,
            String why, R answer) {
        try {
            ports.unitOfWork().inTransaction(() -> {
                ports.audit().append(new AuditLog.Entry(ports.clock().now(), actingStaff, task.description(), caseId,
                        Option.some(resident), Outcome.ACCEPTED, why));
                return null;
            });
        } catch (StorageUnavailable | OutcomeUnknown e) { // only the audit entry may have been saved
            return Either.left(UNAVAILABLE);
        }
        return Either.right(answer);
    }

    /**
     * As {@link #audited(Task, StaffId, Option, ResidentId, String, Object)}, for an answer about no case and no
     * resident (a search by address): the entry names only who asked, and why says what they searched.
     */
    <R> Either<Failure, R> audited(Task task, StaffId actingStaff, String why, R answer) {
        try {
            ports.unitOfWork().inTransaction(() -> {
                ports.audit().append(new AuditLog.Entry(ports.clock().now(), actingStaff, task.description(),
                        Option.none(), Outcome.ACCEPTED, why));
                return null;
            });
        } catch (StorageUnavailable | OutcomeUnknown e) { // only the audit entry may have been saved
            return Either.left(UNAVAILABLE);
        }
        return Either.right(answer);
    }
}

package org.uca.application.service;

import io.vavr.collection.HashSet;
import io.vavr.collection.Map;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.uca.application.port.in.CaseAuditQuery;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.Task;
import org.uca.application.port.out.AccessLog;
import org.uca.application.port.out.AuditLog;
import org.uca.application.port.out.Page;
import org.uca.application.port.out.Ports;
import org.uca.application.port.out.ReadModelSource.NameAndRole;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.CaseId;
import org.uca.domain.people.StaffId;
import org.uca.domain.shared.Refusal;

/** A case's audit page: its attempts and its looks, a page of each, every name and role looked up at once. */
final class CaseAuditService implements CaseAuditQuery {

    private final CaseCommands commands;
    private final Ports ports;
    private final AccessLines looked;

    CaseAuditService(CaseCommands commands, Ports ports, AccessLines looked) {
        this.commands = commands;
        this.ports = ports;
        this.looked = looked;
    }

    @Override
    public Either<Failure, CaseAudit> caseAudit(StaffId askedBy, CaseId caseId, int attemptsPage, int looksPage,
            int size) {
        Refusal problems = null;
        if (attemptsPage < 1) {
            problems = Refusal.of("page", "The page of attempts is a whole number from 1.");
        }
        if (looksPage < 1) {
            problems = and(problems, Refusal.of("lookedPage", "The page of looks is a whole number from 1."));
        }
        if (size < 1 || size > Page.MAX_SIZE) {
            problems = and(problems, Refusal.of("size", "The page size is a whole number from 1 to " + Page.MAX_SIZE
                    + "."));
        }
        if (problems != null) {
            return Either.left(new Failure.Refused(problems));
        }
        return commands.read(Task.SEE_AUDIT_TRAIL, askedBy, Option.some(caseId), who -> ports.cases().find(caseId)
                .toEither(() -> (Failure) new Failure.NotFound("There is no case " + caseId + "."))
                .map(c -> audit(c, attemptsPage, looksPage, size)))
                .flatMap(audit -> looked.ofCase(askedBy, "the case's audit trail", caseId, Either.right(audit)));
    }

    private CaseAudit audit(Case c, int attemptsPage, int looksPage, int size) {
        Page<AuditLog.Entry> attempts = ports.audit().aboutCase(c.id(), c.resident(), attemptsPage, size);
        Page<AccessLog.Access> looks = ports.access().aboutCase(c.id(), c.resident(), looksPage, size);
        Map<StaffId, NameAndRole> staff = ports.readModels().staffNamesAndRoles(HashSet.<StaffId>empty()
                .addAll(attempts.items().map(AuditLog.Entry::who)).addAll(looks.items().map(AccessLog.Access::who)));
        return new CaseAudit(c.id(), Residents.of(ports, c),
                new Page<>(attempts.items().map(e -> new Attempt(e, nameOf(staff, e.who()), roleOf(staff, e.who()))),
                        attempts.number(), attempts.size(), attempts.total()),
                new Page<>(looks.items().map(a -> new Look(a, nameOf(staff, a.who()), roleOf(staff, a.who()))),
                        looks.number(), looks.size(), looks.total()));
    }

    private static String nameOf(Map<StaffId, NameAndRole> staff, StaffId id) {
        return staff.get(id).map(NameAndRole::name).getOrElse(id::value);
    }

    private static Option<org.uca.application.port.out.Role> roleOf(Map<StaffId, NameAndRole> staff, StaffId id) {
        return staff.get(id).flatMap(NameAndRole::role);
    }

    private static Refusal and(Refusal soFar, Refusal more) {
        return soFar == null ? more : soFar.and(more);
    }
}

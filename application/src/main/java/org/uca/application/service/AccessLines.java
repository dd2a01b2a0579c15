package org.uca.application.service;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.uca.application.port.in.Failure;
import org.uca.application.port.out.AccessLog;
import org.uca.application.port.out.Ports;
import org.uca.application.port.out.StorageUnavailable;
import org.uca.domain.cases.CaseId;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;

/**
 * Writes who looked at personal data before it is shown: a question's answer is handed over only once its access
 * line is stored, and withheld when it cannot be (as {@link CaseCommands#audited} withholds an export).
 */
final class AccessLines {

    private static final Failure NOT_SHOWN = new Failure.Unavailable("Who looked cannot be recorded just now, so"
            + " the personal data is not shown. Try again shortly.");

    private final Ports ports;

    AccessLines(Ports ports) {
        this.ports = ports;
    }

    /** The answer, once the line saying {@code who} was shown {@code what} of the case is written. */
    <R> Either<Failure, R> ofCase(StaffId who, String what, CaseId caseId, Either<Failure, R> answer) {
        return shown(who, what, Option.some(caseId), Option.none(), answer);
    }

    /** The answer, once a line saying {@code who} was shown {@code what} is written on each of the cases. */
    <R> Either<Failure, R> ofCases(StaffId who, String what, Seq<CaseId> cases, Either<Failure, R> answer) {
        if (answer.isLeft() || cases.isEmpty()) {
            return answer;
        }
        try {
            ports.unitOfWork().inTransaction(() -> {
                java.time.Instant now = ports.clock().now();
                cases.distinct().forEach(caseId -> ports.access().append(new AccessLog.Access(now, who, what,
                        Option.some(caseId), Option.none())));
                return null;
            });
        } catch (StorageUnavailable e) {
            return Either.left(NOT_SHOWN);
        }
        return answer;
    }

    /**
     * The answer, once a line saying {@code who} was shown {@code what} is written on each of the cases and on each
     * of the residents who have none, in one unit of work.
     */
    <R> Either<Failure, R> ofCasesAndResidents(StaffId who, String what, Seq<CaseId> cases,
            Seq<ResidentId> residents, Either<Failure, R> answer) {
        if (answer.isLeft() || cases.isEmpty() && residents.isEmpty()) {
            return answer;
        }
        try {
            ports.unitOfWork().inTransaction(() -> {
                java.time.Instant now = ports.clock().now();
                cases.distinct().forEach(caseId -> ports.access().append(new AccessLog.Access(now, who, what,
                        Option.some(caseId), Option.none())));
                residents.distinct().forEach(resident -> ports.access().append(new AccessLog.Access(now, who, what,
                        Option.none(), Option.some(resident))));
                return null;
            });
        } catch (StorageUnavailable e) {
            return Either.left(NOT_SHOWN);
        }
        return answer;
    }

    /**
     * The answer, once the line is written: about the resident's case if they have one, otherwise about the
     * resident (see {@link AccessLog.Access#resident()}).
     */
    <R> Either<Failure, R> shown(StaffId who, String what, Option<CaseId> caseId, Option<ResidentId> resident,
            Either<Failure, R> answer) {
        if (answer.isLeft()) {
            return answer;
        }
        try {
            ports.unitOfWork().inTransaction(() -> {
                ports.access().append(new AccessLog.Access(ports.clock().now(), who, what, caseId, resident));
                return null;
            });
        } catch (StorageUnavailable e) {
            return Either.left(NOT_SHOWN);
        }
        return answer;
    }
}

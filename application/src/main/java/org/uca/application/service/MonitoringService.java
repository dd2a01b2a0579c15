package org.uca.application.service;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.MonitoringQuery;
import org.uca.application.port.in.Task;
import org.uca.application.port.out.MonitoringReport;
import org.uca.application.port.out.Ports;
import org.uca.domain.people.StaffId;
import org.uca.domain.shared.Refusal;
import org.uca.domain.shared.UkTime;

/** Monitoring for the Service Development Team: fairness and consistency across decisions. */
final class MonitoringService implements MonitoringQuery {

    /** A report spans at most ten years, which covers every question the team asks. */
    static final long MAX_DAYS = 3660;

    private final CaseCommands commands;
    private final Ports ports;

    MonitoringService(CaseCommands commands, Ports ports) {
        this.commands = commands;
        this.ports = ports;
    }

    @Override
    public Either<Failure, MonitoringReport> report(StaffId askedBy, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return Either.left(new Failure.Refused(Refusal.of("to", "The end of the period must not be before its"
                    + " start.")));
        }
        if (ChronoUnit.DAYS.between(from, to) > MAX_DAYS) {
            return Either.left(new Failure.Refused(Refusal.of("from", "A report covers at most ten years.")));
        }
        return commands.read(Task.SEE_MONITORING, askedBy, who -> Either.right(
                ports.monitoring().reportFor(from, to, UkTime.dateOf(ports.clock().now()))));
    }
}

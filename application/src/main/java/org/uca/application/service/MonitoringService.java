package org.uca.application.service;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.MonitoringQuery;
import org.uca.application.port.in.Task;
import org.uca.application.port.out.MonitoringReport;
import org.uca.application.port.out.Ports;
import org.uca.application.port.out.TenancyProfile;
import org.uca.domain.calendar.EndedQuarter;
import org.uca.domain.calendar.Quarter;
import org.uca.domain.people.StaffId;
import org.uca.domain.shared.Refusal;
import org.uca.domain.shared.UkTime;

/**
 * Monitoring for the Service Development Team: fairness and consistency across decisions. The tenancy profile of an
 * ended quarter is published the first time it is asked for, and that copy is given from then on: worked out again,
 * a decision since entered in error, a resident's characteristic since changed by the housing system, or a case since
 * anonymised would move a cell by one, and the two copies together would show that resident's characteristics.
 */
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
        return commands.read(Task.SEE_MONITORING, askedBy, who -> {
            Instant now = ports.clock().now();
            LocalDate today = UkTime.dateOf(now);
            Option<Quarter> quarter = EndedQuarter.of(from, to, today).map(EndedQuarter::quarter);
            Option<TenancyProfile> published = quarter.flatMap(ports.monitoring()::publishedProfile);
            MonitoringReport report = ports.monitoring().reportFor(from, to, today, published.isEmpty());
            return Either.right(quarter.fold(() -> report, q -> report.withTenancyProfile(published.getOrElse(() ->
                    ports.monitoring().publishProfile(q, report.fairness().tenancyProfile().get(), now)))));
        });
    }
}

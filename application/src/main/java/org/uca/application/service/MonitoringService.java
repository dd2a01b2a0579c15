package org.uca.application.service;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.uca.application.port.in.Failure;
import org.uca.application.port.in.MonitoringQuery;
import org.uca.application.port.in.Task;
import org.uca.application.port.out.AuditLog;
import org.uca.application.port.out.AuditLog.Outcome;
import org.uca.application.port.out.MonitoringReport;
import org.uca.application.port.out.Ports;
import org.uca.application.port.out.StorageUnavailable;
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

    /**
     * The years a report may cover: UCA holds nothing before 2000, and a quarter's equality comparison, once given,
     * is kept for good, so no quarter is published for a date mistyped centuries away.
     */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2999;

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
        if (from.getYear() < FIRST_YEAR || to.getYear() > LAST_YEAR) {
            return Either.left(new Failure.Refused(Refusal.of(from.getYear() < FIRST_YEAR ? "from" : "to",
                    "A report covers dates from " + FIRST_YEAR + " to " + LAST_YEAR + ".")));
        }
        Instant now = ports.clock().now();
        LocalDate today = UkTime.dateOf(now);
        Option<Quarter> quarter = EndedQuarter.of(from, to, today).map(EndedQuarter::quarter);
        record Asked(MonitoringReport report, Option<TenancyProfile> published) {
        }
        return commands.read(Task.SEE_MONITORING, askedBy, who -> {
            Option<TenancyProfile> published = quarter.flatMap(ports.monitoring()::publishedProfile);
            return Either.right(new Asked(ports.monitoring().reportFor(from, to, today, published.isEmpty()),
                    published));
        }).flatMap(asked -> quarter.fold(() -> Either.right(asked.report()), q -> asked.published()
                .<Either<Failure, TenancyProfile>>map(Either::right)
                .getOrElse(() -> publish(askedBy, q, asked.report().fairness().tenancyProfile().get(), now))
                .map(asked.report()::withTenancyProfile)));
    }

    /**
     * Publishes a quarter's profile, in a unit of work of its own (the report is read in a read-only one), unless
     * nothing is known of anyone yet (no characteristic supplied: nothing to protect, and a later import is then
     * still shown). The audit log says who first asked, and when, with the publication. Two asking at the same
     * moment: the second is refused by the store, and given the first's.
     */
    private Either<Failure, TenancyProfile> publish(StaffId askedBy, Quarter quarter, TenancyProfile worked,
            Instant now) {
        if (worked.counts().isEmpty()) {
            return Either.right(worked);
        }
        try {
            return Either.right(ports.unitOfWork().inTransaction(() -> {
                if (!ports.monitoring().publishProfile(quarter, worked, now)) {
                    return ports.monitoring().publishedProfile(quarter).get();
                }
                ports.audit().append(new AuditLog.Entry(now, askedBy, Task.SEE_MONITORING.description(),
                        Option.none(), Outcome.ACCEPTED, "The equality comparison for " + quarter.label()
                                + " published: given as it is now from then on, never worked out again"));
                return worked;
            }));
        } catch (StorageUnavailable e) {
            return Either.left(new Failure.Unavailable("The database cannot be reached just now; try again shortly."));
        } catch (RuntimeException raced) {
            Option<TenancyProfile> theirs = ports.unitOfWork().readOnly(() -> ports.monitoring()
                    .publishedProfile(quarter));
            if (theirs.isEmpty()) {
                throw raced;
            }
            return Either.right(theirs.get());
        }
    }
}

package org.uca.application.port.in;

import io.vavr.control.Either;
import java.time.LocalDate;
import org.uca.application.port.out.MonitoringReport;
import org.uca.domain.people.StaffId;

/** The Service Development Team's monitoring report for a period (policy 5). */
public interface MonitoringQuery {

    Either<Failure, MonitoringReport> report(StaffId askedBy, LocalDate from, LocalDate to);
}

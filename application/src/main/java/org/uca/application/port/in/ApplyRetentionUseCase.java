package org.uca.application.port.in;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.time.Period;
import org.uca.domain.people.StaffId;

/**
 * The retention rule (UK GDPR storage limitation): a case that has had no restriction in force, and nothing
 * recorded, for longer than the retention period is anonymised ({@link org.uca.domain.cases.Case#anonymise()}), and
 * its letters and notifications are deleted; monitoring figures do not change. The period is counted in UK dates: a
 * case that ended on a UK date before today minus the period is due. No member of staff runs it: the system does
 * (on start-up, daily, or on demand), audited as {@link #RETENTION_RULE}, per case and per run.
 */
public interface ApplyRetentionUseCase {

    /** Who the audit log names for the retention rule. */
    StaffId RETENTION_RULE = new StaffId("system:retention");

    /** How long ended cases are kept unless configured otherwise. */
    Period DEFAULT_PERIOD = Period.ofYears(6);

    Either<Failure, Applied> applyRetention(Period keepFor);

    /**
     * @param cutOff     cases that ended on a UK date before this one were due
     * @param anonymised how many cases were anonymised in this run
     */
    record Applied(LocalDate cutOff, int anonymised) {
    }
}

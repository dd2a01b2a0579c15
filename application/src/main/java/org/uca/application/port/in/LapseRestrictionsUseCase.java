package org.uca.application.port.in;

import io.vavr.control.Either;
import java.time.LocalDate;
import org.uca.domain.cases.LapseRule;

/**
 * Restrictions lapse unless reviewed (issue 15 §4; LGSCO: restrictions should not stay in place indefinitely): each
 * restriction in force whose review date passed without a review and whose grace period is over lapses
 * ({@link LapseRule}), in its own unit of work, audited as {@link LapseRule#UCA}. The resident is sent a letter, the
 * authoriser's team, the teams informed and the Service Development Team are told, and the landlord's systems hear
 * that it was lifted (cause "lapsed"). No member of staff runs it: the system does, daily.
 */
public interface LapseRestrictionsUseCase {

    Either<Failure, Lapsed> lapseRestrictions(int graceWorkingDays);

    /**
     * @param reviewDatesBefore restrictions with a review date on or before this one were due
     * @param lapsed            how many restrictions lapsed in this run
     * @param notYet            how many due could not be lapsed this run (changed at the same time); the next run
     *                          tries them again
     */
    record Lapsed(LocalDate reviewDatesBefore, int lapsed, int notYet) {
    }
}

package org.uca.domain.cases;

import java.time.LocalDate;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.uca.domain.calendar.WorkingDays;
import org.uca.domain.people.StaffId;
import org.uca.domain.shared.UkTime;

/**
 * Restrictions are reviewed and do not stay in place indefinitely (LGSCO, guidance on managing unreasonable actions;
 * policy: decisions are reviewed). A restriction in force whose review date has passed with no review recorded on or
 * after it lapses once the grace period, {@code graceWorkingDays} working days after the review date, has passed. A
 * decision lifted, overturned, replaced or entered in error is no longer in force, so it never lapses.
 */
@ValueObject
public record LapseRule(int graceWorkingDays, WorkingDays calendar) {

    /** The grace period unless configured otherwise: two working weeks after the review date. */
    public static final int DEFAULT_GRACE_WORKING_DAYS = 10;

    /** No member of staff lapses a restriction: UCA does, and its timeline and audit trail say so. */
    public static final StaffId UCA = new StaffId("UCA");

    public LapseRule {
        Objects.requireNonNull(calendar, "calendar");
        if (graceWorkingDays < 0) {
            throw new IllegalArgumentException("the grace period is a number of working days, never negative");
        }
    }

    /** The default rule, on the England and Wales calendar. */
    public static LapseRule byDefault() {
        return new LapseRule(DEFAULT_GRACE_WORKING_DAYS, WorkingDays.ENGLAND_AND_WALES);
    }

    /** The last day of the grace period: the restriction lapses on any later day if still not reviewed. */
    public LocalDate lastDayOfGrace(Decision decision) {
        return calendar.addWorkingDays(decision.reviewDate(), graceWorkingDays);
    }

    /** Whether the decision lapses on {@code today}: in force, its grace period over, and no review since. */
    public boolean lapses(Decision decision, LocalDate today) {
        return decision.inForce() && today.isAfter(lastDayOfGrace(decision)) && !reviewedOnOrAfterItsDate(decision);
    }

    /**
     * The latest review date whose grace period is over by {@code today}: a store finds the decisions that may lapse
     * as those in force with a review date on or before it, and each is then checked against {@link #lapses}.
     */
    public LocalDate reviewDatesLapsedBy(LocalDate today) {
        LocalDate reviewDate = today.minusDays(1);
        while (!today.isAfter(calendar.addWorkingDays(reviewDate, graceWorkingDays))) {
            reviewDate = reviewDate.minusDays(1);
        }
        return reviewDate;
    }

    private static boolean reviewedOnOrAfterItsDate(Decision decision) {
        return decision.reviews().exists(r -> !UkTime.dateOf(r.reviewedAt()).isBefore(decision.reviewDate()));
    }
}

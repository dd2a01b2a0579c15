package org.uca.domain.cases;

import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.uca.domain.calendar.WorkingDays;
import org.uca.domain.people.StaffId;
import org.uca.domain.shared.Channel;
import org.uca.domain.shared.UkTime;

/**
 * A piece of correspondence filed without a reply while a decision limiting how complaints reach us is in force
 * ({@link org.uca.domain.measures.MeasureKind#limitsHowComplaintsReachUs}). Filing is not ignoring: each one is
 * screened by its deadline for a new issue or complaint, to be considered on its merits, and for a safeguarding
 * concern (LGSCO, guidance on managing unreasonable actions).
 *
 * @param number   1, 2, 3 … in the order logged on the case
 * @param decision the decision in force it was filed under
 * @param screenBy the last day to screen it: {@value #SCREENING_WORKING_DAYS} working days after it was received
 */
@ValueObject
public record FiledCorrespondence(int number, DecisionId decision, LocalDate receivedOn, Channel channel,
        String summary, StaffId loggedBy, Instant loggedAt, LocalDate screenBy, Option<Screening> screening) {

    /**
     * The Housing Ombudsman's Complaint Handling Code gives a landlord five working days to acknowledge and log a
     * complaint; correspondence filed without a reply is screened in the same time, so a complaint in it is not lost.
     */
    public static final int SCREENING_WORKING_DAYS = 5;

    /** The most a summary holds: a line or two saying what it was about, not a copy of it. */
    public static final int MAX_SUMMARY = 500;

    public FiledCorrespondence {
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(loggedBy, "loggedBy");
        Objects.requireNonNull(loggedAt, "loggedAt");
        Objects.requireNonNull(screenBy, "screenBy");
        Objects.requireNonNull(screening, "screening");
    }

    /** The deadline for screening correspondence received on that day. */
    public static LocalDate screenBy(LocalDate receivedOn, WorkingDays calendar) {
        return calendar.addWorkingDays(receivedOn, SCREENING_WORKING_DAYS);
    }

    public boolean screened() {
        return screening.isDefined();
    }

    /** Not screened and its deadline passed before {@code today}. */
    public boolean overdue(LocalDate today) {
        return !screened() && screenBy.isBefore(today);
    }

    /**
     * Overdue as it stood on {@code day}: its deadline had passed before that day and it had not been screened on or
     * before it (unscreened still, or screened only later, and so {@link #screenedLate}).
     */
    public boolean overdueOn(LocalDate day) {
        return screenBy.isBefore(day) && !screening.exists(s -> !UkTime.dateOf(s.at()).isAfter(day));
    }

    /** Screened after its deadline. */
    public boolean screenedLate() {
        return screening.exists(s -> UkTime.dateOf(s.at()).isAfter(screenBy));
    }

    FiledCorrespondence screenedAs(Screening s) {
        return new FiledCorrespondence(number, decision, receivedOn, channel, summary, loggedBy, loggedAt, screenBy,
                Option.some(s));
    }

    /**
     * What screening found, with who screened it and when.
     *
     * @param newIssue     what was done with the new issue or complaint it raises (e.g. "logged as stage 1 complaint
     *                     C-123"); none if it raises none
     * @param safeguarding what was done about the safeguarding concern it raises (the referral made); none if none
     */
    @ValueObject
    public record Screening(Option<String> newIssue, Option<String> safeguarding, StaffId by, Instant at) {
        public Screening {
            Objects.requireNonNull(newIssue, "newIssue");
            Objects.requireNonNull(safeguarding, "safeguarding");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }

        public boolean raisesNewIssue() {
            return newIssue.isDefined();
        }

        public boolean raisesSafeguardingConcern() {
            return safeguarding.isDefined();
        }
    }
}

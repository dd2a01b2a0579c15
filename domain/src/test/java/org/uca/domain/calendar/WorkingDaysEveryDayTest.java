package org.uca.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.domain.cases.Appeal;

/**
 * Working-day arithmetic checked on every day from 1 January 1995 to 31 December 2060, not on a sample. The expected
 * answers come from a plain list of the working days in the range (built from {@link WorkingDays#isWorkingDay}, which
 * {@link BankHolidaysTest} checks against the published bank holidays), so the counting code is checked against
 * counting by hand.
 */
@DisplayName("Working days, on every day from 1995 to 2060")
class WorkingDaysEveryDayTest {

    private static final LocalDate FIRST = LocalDate.of(1995, 1, 1);
    private static final LocalDate LAST = LocalDate.of(2060, 12, 31);
    /** Whole numbers of working days tried from every day. */
    private static final int[] COUNTS = {0, 1, 2, 3, 5, 10, 20, 60};
    /** Distances in days tried from every day: before, the same day, the next day, a week, two weeks. */
    private static final int[] SPANS = {-1, 0, 1, 2, 7, 14};

    private final WorkingDays workingDays = WorkingDays.ENGLAND_AND_WALES;

    /** Every day of the range, and a year beyond it, so that counting on from its last days stays in the list. */
    private static final List<LocalDate> DAYS = FIRST.datesUntil(LAST.plusYears(1).plusDays(1)).toList();

    /** The working days after {@link #FIRST} among {@link #DAYS}, in order, found by looking at each day. */
    private final List<LocalDate> workingDaysInOrder = DAYS.stream().skip(1).filter(workingDays::isWorkingDay).toList();

    /** For each day of {@link #DAYS}: how many working days come after {@link #FIRST} up to and including it. */
    private final int[] workingDaysUpTo = countsUpTo(DAYS, workingDays);

    private static int[] countsUpTo(List<LocalDate> days, WorkingDays workingDays) {
        int[] counts = new int[days.size()];
        int count = 0;
        for (int i = 1; i < days.size(); i++) {
            if (workingDays.isWorkingDay(days.get(i))) {
                count++;
            }
            counts[i] = count;
        }
        return counts;
    }

    private int index(LocalDate day) {
        return (int) (day.toEpochDay() - FIRST.toEpochDay());
    }

    /** The {@code n}th working day after {@code from} ({@code from} itself when n is 0), counted from the list. */
    private LocalDate nthWorkingDayAfter(LocalDate from, int n) {
        return n == 0 ? from : workingDaysInOrder.get(workingDaysUpTo[index(from)] + n - 1);
    }

    @Test
    @DisplayName("an appeal received on any day is due on a working day exactly 10 working days later: the first day"
            + " on which 10 working days have passed (policy: appeals reviewed within 10 working days)")
    void anAppealIsDueExactlyTenWorkingDaysAfterReceipt() {
        assertThat(Appeal.WORKING_DAYS_TO_REVIEW).isEqualTo(10);
        List<String> wrong = new ArrayList<>();
        for (LocalDate received = FIRST; !received.isAfter(LAST); received = received.plusDays(1)) {
            LocalDate due = workingDays.addWorkingDays(received, Appeal.WORKING_DAYS_TO_REVIEW);

            if (!due.isAfter(received) || !due.equals(nthWorkingDayAfter(received, 10))
                    || due.isAfter(received.plusWeeks(3)) // even over Christmas and the New Year
                    || !workingDays.isWorkingDay(due)
                    || workingDays.workingDaysBetween(received, due) != 10
                    || workingDays.workingDaysBetween(received, due.minusDays(1)) != 9) {
                wrong.add("received " + received + ", due " + due + " (10th working day after: "
                        + nthWorkingDayAfter(received, 10) + ")");
            }
        }
        assertThat(wrong).as("appeals with a wrong due date").isEmpty();
    }

    @Test
    @DisplayName("from any day, n working days later is the nth working day after it, and counting the working days"
            + " between gives n back; more working days always end later")
    void addingAndCountingRoundTrip() {
        List<String> wrong = new ArrayList<>();
        for (LocalDate from = FIRST; !from.isAfter(LAST); from = from.plusDays(1)) {
            LocalDate previous = null;
            for (int n : COUNTS) {
                LocalDate later = workingDays.addWorkingDays(from, n);

                int between = workingDays.workingDaysBetween(from, later);
                if (!later.equals(nthWorkingDayAfter(from, n)) || between != n
                        || (previous != null && !later.isAfter(previous))) {
                    wrong.add(n + " working days after " + from + ": " + later + " (by hand: "
                            + nthWorkingDayAfter(from, n) + "), counted back " + between + ", after "
                            + (n == 0 ? "nothing" : previous));
                }
                previous = later;
            }
        }
        assertThat(wrong).as("sums of working days").isEmpty();
    }

    @Test
    @DisplayName("the working days between any day and the day before, itself, the next days, a week and two weeks"
            + " later are those counted by hand, and adding them back to the start reaches the end when it is a working"
            + " day")
    void countingBetweenAnyTwoDays() {
        List<String> wrong = new ArrayList<>();
        for (LocalDate from = FIRST; !from.isAfter(LAST); from = from.plusDays(1)) {
            for (int days : SPANS) {
                LocalDate to = from.plusDays(days);
                int expected = days <= 0 ? 0 : workingDaysUpTo[index(to)] - workingDaysUpTo[index(from)];

                int between = workingDays.workingDaysBetween(from, to);

                if (between != expected) {
                    wrong.add("after " + from + " up to " + to + ": " + between + ", by hand " + expected);
                } else if (days > 0 && workingDays.isWorkingDay(to) && !workingDays.addWorkingDays(from, between)
                        .equals(to)) {
                    wrong.add(between + " working days after " + from + " is not " + to);
                }
            }
        }
        assertThat(wrong).as("counts of working days").isEmpty();
    }

    @Test
    @DisplayName("a day is a working day exactly when it is a weekday and not a bank holiday")
    void workingDayIsAWeekdayThatIsNotABankHoliday() {
        List<LocalDate> wrong = new ArrayList<>();
        for (LocalDate day = FIRST; !day.isAfter(LAST); day = day.plusDays(1)) {
            boolean weekend = day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (workingDays.isWorkingDay(day) != (!weekend && !BankHolidays.isBankHoliday(day))) {
                wrong.add(day);
            }
        }
        assertThat(wrong).as("days wrongly taken for working days or not").isEmpty();
    }

    @Test
    @DisplayName("every year has at least the 8 regular bank holidays, all on weekdays of that year (weekend holidays"
            + " get substitutes), and more only in the years of a one-off")
    void everyYearsBankHolidays() {
        List<Integer> yearsWithMore = new ArrayList<>();
        for (int year = FIRST.getYear(); year <= LAST.getYear(); year++) {
            int y = year;
            assertThat(BankHolidays.inYear(year)).as("bank holidays of %d", year)
                    .hasSizeGreaterThanOrEqualTo(8)
                    .allSatisfy(d -> assertThat(d.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY))
                    .allSatisfy(d -> assertThat(d.getYear()).isEqualTo(y));
            if (BankHolidays.inYear(year).size() > 8) {
                yearsWithMore.add(year);
            }
        }
        // the millennium (1999), the Golden, Diamond and Platinum Jubilees (2002, 2012, 2022), a royal wedding
        // (2011), the Coronation (2023)
        assertThat(yearsWithMore).containsExactly(1999, 2002, 2011, 2012, 2022, 2023);
    }
}

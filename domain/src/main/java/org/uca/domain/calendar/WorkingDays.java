package org.uca.domain.calendar;

import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Predicate;
import org.jmolecules.ddd.annotation.Service;

/** Counts working days for policy deadlines: a day that is neither a weekend nor a holiday. */
@Service
public final class WorkingDays {

  /** Weekends and England and Wales bank holidays are not working days. */
  public static final WorkingDays ENGLAND_AND_WALES = new WorkingDays(BankHolidays::isBankHoliday);

  private final Predicate<LocalDate> isHoliday;

  private WorkingDays(Predicate<LocalDate> isHoliday) {
    this.isHoliday = isHoliday;
  }

  public boolean isWorkingDay(LocalDate date) {
    return !BankHolidays.isWeekend(date) && !isHoliday.test(date);
  }

  /**
   * The date that is exactly {@code n} working days after {@code from}; {@code from} itself never
   * counts (so a request received on a Saturday starts counting on Monday). {@code n == 0} returns
   * {@code from} itself.
   *
   * @throws IllegalArgumentException if {@code n} is negative
   */
  public LocalDate addWorkingDays(LocalDate from, int n) {
    Objects.requireNonNull(from, "from");
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative, was " + n);
    }
    var day = from;
    for (int counted = 0; counted < n; ) {
      day = day.plusDays(1);
      if (isWorkingDay(day)) {
        counted++;
      }
    }
    return day;
  }

  /**
   * Number of working days {@code d} with {@code fromExclusive < d <= toInclusive} (0 if {@code
   * toInclusive <= fromExclusive}).
   */
  public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
    Objects.requireNonNull(fromExclusive, "fromExclusive");
    Objects.requireNonNull(toInclusive, "toInclusive");
    int count = 0;
    for (var day = fromExclusive.plusDays(1); !day.isAfter(toInclusive); day = day.plusDays(1)) {
      if (isWorkingDay(day)) {
        count++;
      }
    }
    return count;
  }

  /**
   * Working days from {@code today} until {@code due}, as a work queue shows them: negative (the working days since)
   * once {@code due} has passed.
   */
  public int workingDaysLeft(LocalDate today, LocalDate due) {
    return due.isBefore(today) ? -workingDaysBetween(due, today) : workingDaysBetween(today, due);
  }
}

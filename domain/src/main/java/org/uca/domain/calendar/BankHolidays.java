package org.uca.domain.calendar;

import static java.time.DayOfWeek.MONDAY;
import static java.time.temporal.TemporalAdjusters.firstInMonth;
import static java.time.temporal.TemporalAdjusters.lastInMonth;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * England and Wales bank holidays, computed by rule for any year plus known one-off changes.
 *
 * <p>The rules are those in force since 1978 (when the early May bank holiday began); earlier years
 * are computed by the same rules, so they are not historically accurate.
 */
public final class BankHolidays {

  /** A one-off change by proclamation: {@code moved} (if any) is replaced by {@code date}. */
  private record OneOff(LocalDate moved, LocalDate date) {
    static OneOff move(LocalDate from, LocalDate to) {
      return new OneOff(from, to);
    }

    static OneOff extra(LocalDate date) {
      return new OneOff(null, date);
    }
  }

  private static final List<OneOff> ONE_OFFS =
      List.of(
          OneOff.extra(LocalDate.of(1981, 7, 29)), // royal wedding
          OneOff.move(LocalDate.of(1995, 5, 1), LocalDate.of(1995, 5, 8)), // VE Day 50th anniversary
          OneOff.extra(LocalDate.of(1999, 12, 31)), // millennium
          OneOff.move(LocalDate.of(2002, 5, 27), LocalDate.of(2002, 6, 4)), // Golden Jubilee
          OneOff.extra(LocalDate.of(2002, 6, 3)),
          OneOff.extra(LocalDate.of(2011, 4, 29)), // royal wedding
          OneOff.move(LocalDate.of(2012, 5, 28), LocalDate.of(2012, 6, 4)), // Diamond Jubilee
          OneOff.extra(LocalDate.of(2012, 6, 5)),
          OneOff.move(LocalDate.of(2020, 5, 4), LocalDate.of(2020, 5, 8)), // VE Day 75th anniversary
          OneOff.move(LocalDate.of(2022, 5, 30), LocalDate.of(2022, 6, 2)), // Platinum Jubilee
          OneOff.extra(LocalDate.of(2022, 6, 3)),
          OneOff.extra(LocalDate.of(2022, 9, 19)), // State Funeral of Queen Elizabeth II
          OneOff.extra(LocalDate.of(2023, 5, 8))); // Coronation of King Charles III

  // Hot path: each year is computed once; computeIfAbsent makes that thread-safe.
  private static final Map<Integer, SortedSet<LocalDate>> BY_YEAR = new ConcurrentHashMap<>();

  private BankHolidays() {}

  public static boolean isBankHoliday(LocalDate date) {
    return inYear(date.getYear()).contains(date);
  }

  /** The bank holidays in {@code year}, in date order; unmodifiable. */
  public static SortedSet<LocalDate> inYear(int year) {
    return BY_YEAR.computeIfAbsent(year, BankHolidays::compute);
  }

  private static SortedSet<LocalDate> compute(int year) {
    var days = new TreeSet<LocalDate>();
    addOrSubstitute(days, LocalDate.of(year, Month.JANUARY, 1));
    var easter = easterSunday(year);
    days.add(easter.minusDays(2)); // Good Friday
    days.add(easter.plusDays(1)); // Easter Monday
    days.add(LocalDate.of(year, Month.MAY, 1).with(firstInMonth(MONDAY))); // early May
    days.add(LocalDate.of(year, Month.MAY, 1).with(lastInMonth(MONDAY))); // spring
    days.add(LocalDate.of(year, Month.AUGUST, 1).with(lastInMonth(MONDAY))); // summer
    // Christmas before Boxing Day, so Boxing Day's substitute skips one already taken.
    addOrSubstitute(days, LocalDate.of(year, Month.DECEMBER, 25));
    addOrSubstitute(days, LocalDate.of(year, Month.DECEMBER, 26));
    for (var oneOff : ONE_OFFS) {
      if (oneOff.date().getYear() == year) {
        if (oneOff.moved() != null) {
          days.remove(oneOff.moved());
        }
        days.add(oneOff.date());
      }
    }
    return Collections.unmodifiableSortedSet(days);
  }

  /** A holiday falling on a weekend (or on another holiday) moves to the next free weekday. */
  private static void addOrSubstitute(TreeSet<LocalDate> days, LocalDate date) {
    var day = date;
    while (isWeekend(day) || days.contains(day)) {
      day = day.plusDays(1);
    }
    days.add(day);
  }

  static boolean isWeekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  /** Easter Sunday by the anonymous Gregorian (Meeus/Jones/Butcher) algorithm. */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = (h + l - 7 * m + 114) % 31 + 1;
    return LocalDate.of(year, month, day);
  }
}

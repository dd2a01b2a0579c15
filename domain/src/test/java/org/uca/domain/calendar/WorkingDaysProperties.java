package org.uca.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Label;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class WorkingDaysProperties {

  private final WorkingDays workingDays = WorkingDays.ENGLAND_AND_WALES;

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.longs()
        .between(LocalDate.of(1990, 1, 1).toEpochDay(), LocalDate.of(2100, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Property
  @Label("10 working days after any date is a later working day exactly 10 working days away")
  void tenWorkingDaysLater(@ForAll("dates") LocalDate from) {
    var due = workingDays.addWorkingDays(from, 10);
    assertThat(due).isAfter(from);
    assertThat(workingDays.isWorkingDay(due)).isTrue();
    assertThat(workingDays.workingDaysBetween(from, due)).isEqualTo(10);
  }

  @Property
  @Label("workingDaysBetween undoes addWorkingDays for any n")
  void betweenInvertsAdd(@ForAll("dates") LocalDate from, @ForAll @IntRange(max = 300) int n) {
    assertThat(workingDays.workingDaysBetween(from, workingDays.addWorkingDays(from, n))).isEqualTo(n);
  }

  @Property
  @Label("every bank holiday falls on a weekday, because weekend holidays get substitutes")
  void bankHolidaysAreWeekdays(@ForAll @IntRange(min = 1990, max = 2100) int year) {
    assertThat(BankHolidays.inYear(year))
        .allSatisfy(d -> assertThat(d.getDayOfWeek()).isNotIn(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY))
        .allSatisfy(d -> assertThat(d.getYear()).isEqualTo(year));
  }

  @Property
  @Label("every year has at least the 8 regular bank holidays")
  void atLeastEightPerYear(@ForAll @IntRange(min = 1990, max = 2100) int year) {
    assertThat(BankHolidays.inYear(year)).hasSizeGreaterThanOrEqualTo(8);
  }

  @Property
  @Label("adding more working days never gives an earlier date, and strictly more gives a later one")
  void monotonicInN(
      @ForAll("dates") LocalDate from,
      @ForAll @IntRange(max = 300) int n,
      @ForAll @IntRange(max = 300) int m) {
    var a = workingDays.addWorkingDays(from, Math.min(n, m));
    var b = workingDays.addWorkingDays(from, Math.max(n, m));
    assertThat(a).isBeforeOrEqualTo(b);
    if (n != m) {
      assertThat(a).isBefore(b);
    }
  }
}

package org.uca.domain.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

  private final WorkingDays workingDays = WorkingDays.ENGLAND_AND_WALES;

  @Test
  @DisplayName("an appeal received on Friday 18 December 2026 is due on Wednesday 6 January 2027")
  void overChristmas2026() {
    // 25 Dec (Fri), 28 Dec (Boxing Day substitute) and 1 Jan 2027 (Fri) are skipped.
    assertThat(workingDays.addWorkingDays(of(2026, 12, 18), 10)).isEqualTo(of(2027, 1, 6));
  }

  @Test
  @DisplayName("a request received on Saturday 7 March 2026 starts counting on Monday, so is due when a Friday receipt is")
  void weekendReceipt() {
    assertThat(workingDays.addWorkingDays(of(2026, 3, 7), 1)).isEqualTo(of(2026, 3, 9));
    assertThat(workingDays.addWorkingDays(of(2026, 3, 7), 10)).isEqualTo(of(2026, 3, 20));
    assertThat(workingDays.addWorkingDays(of(2026, 3, 6), 10)).isEqualTo(of(2026, 3, 20));
  }

  @Test
  @DisplayName("the day after Thursday 2 April 2026 is Tuesday 7 April: Good Friday and Easter Monday are skipped")
  void overEaster2026() {
    assertThat(workingDays.addWorkingDays(of(2026, 4, 2), 1)).isEqualTo(of(2026, 4, 7));
  }

  @Test
  @DisplayName("in 2022 the jubilee (2-3 June) and the State Funeral (19 Sep) are skipped, but Monday 30 May is worked")
  void oneOffs2022() {
    assertThat(workingDays.addWorkingDays(of(2022, 6, 1), 1)).isEqualTo(of(2022, 6, 6));
    assertThat(workingDays.addWorkingDays(of(2022, 9, 16), 1)).isEqualTo(of(2022, 9, 20));
    assertThat(workingDays.isWorkingDay(of(2022, 5, 30))).isTrue();
  }

  @Test
  @DisplayName("weekends and bank holidays are not working days; other weekdays are")
  void isWorkingDay() {
    assertThat(workingDays.isWorkingDay(of(2026, 3, 9))).as("Monday").isTrue();
    assertThat(workingDays.isWorkingDay(of(2026, 3, 7))).as("Saturday").isFalse();
    assertThat(workingDays.isWorkingDay(of(2026, 3, 8))).as("Sunday").isFalse();
    assertThat(workingDays.isWorkingDay(of(2026, 12, 28))).as("Boxing Day substitute").isFalse();
  }

  @Test
  @DisplayName("adding zero working days returns the start date, even when it is not a working day")
  void zeroDays() {
    assertThat(workingDays.addWorkingDays(of(2026, 12, 25), 0)).isEqualTo(of(2026, 12, 25));
  }

  @Test
  @DisplayName("a negative number of working days is rejected")
  void negative() {
    assertThatIllegalArgumentException().isThrownBy(() -> workingDays.addWorkingDays(of(2026, 1, 5), -1));
  }

  @Test
  @DisplayName("working days between counts the end date but not the start date")
  void between() {
    assertThat(workingDays.workingDaysBetween(of(2026, 12, 18), of(2027, 1, 6))).isEqualTo(10);
    assertThat(workingDays.workingDaysBetween(of(2026, 3, 9), of(2026, 3, 10))).isEqualTo(1);
    assertThat(workingDays.workingDaysBetween(of(2026, 12, 24), of(2026, 12, 28))).as("25, 26-27 weekend, 28").isZero();
  }

  @Test
  @DisplayName("an appeal's working days left count down to its due date, then back (negative) once it is overdue")
  void workingDaysLeft() {
    assertThat(workingDays.workingDaysLeft(of(2026, 12, 18), of(2027, 1, 6))).isEqualTo(10);
    assertThat(workingDays.workingDaysLeft(of(2027, 1, 6), of(2027, 1, 6))).isZero();
    assertThat(workingDays.workingDaysLeft(of(2027, 1, 6), of(2026, 12, 18))).isEqualTo(-10);
  }

  @Test
  @DisplayName("working days between is 0 when the end is not after the start")
  void betweenEmpty() {
    assertThat(workingDays.workingDaysBetween(of(2026, 3, 9), of(2026, 3, 9))).isZero();
    assertThat(workingDays.workingDaysBetween(of(2026, 3, 10), of(2026, 3, 9))).isZero();
  }
}

package org.uca.domain.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BankHolidaysTest {

  /**
   * The England and Wales bank holidays as published by the UK government (gov.uk/bank-holidays), one row per year.
   * 2028 is not yet on the published list at the time of writing; its row follows the statutory rules.
   */
  static Stream<Arguments> publishedEnglandAndWalesBankHolidays() {
    return Stream.of(
        year(2018, "1 Jan, 30 Mar, 2 Apr, 7 May, 28 May, 27 Aug, 25-26 Dec",
            of(2018, 1, 1), of(2018, 3, 30), of(2018, 4, 2), of(2018, 5, 7), of(2018, 5, 28),
            of(2018, 8, 27), of(2018, 12, 25), of(2018, 12, 26)),
        year(2019, "1 Jan, 19 Apr, 22 Apr, 6 May, 27 May, 26 Aug, 25-26 Dec",
            of(2019, 1, 1), of(2019, 4, 19), of(2019, 4, 22), of(2019, 5, 6), of(2019, 5, 27),
            of(2019, 8, 26), of(2019, 12, 25), of(2019, 12, 26)),
        year(2020, "1 Jan, 10 Apr, 13 Apr, Fri 8 May (VE Day, moved from 4 May), 25 May, 31 Aug, 25 Dec,"
                + " 28 Dec (Boxing Day substitute)",
            of(2020, 1, 1), of(2020, 4, 10), of(2020, 4, 13), of(2020, 5, 8), of(2020, 5, 25),
            of(2020, 8, 31), of(2020, 12, 25), of(2020, 12, 28)),
        year(2021, "1 Jan, 2 Apr, 5 Apr, 3 May, 31 May, 30 Aug, 27-28 Dec (both substitutes)",
            of(2021, 1, 1), of(2021, 4, 2), of(2021, 4, 5), of(2021, 5, 3), of(2021, 5, 31),
            of(2021, 8, 30), of(2021, 12, 27), of(2021, 12, 28)),
        year(2022, "3 Jan (substitute), 15 Apr, 18 Apr, 2 May, Thu 2 Jun (spring, moved) and Fri 3 Jun (Platinum"
                + " Jubilee), 29 Aug, 19 Sep (State Funeral of Queen Elizabeth II), 26 Dec, 27 Dec (substitute)",
            of(2022, 1, 3), of(2022, 4, 15), of(2022, 4, 18), of(2022, 5, 2), of(2022, 6, 2),
            of(2022, 6, 3), of(2022, 8, 29), of(2022, 9, 19), of(2022, 12, 26), of(2022, 12, 27)),
        year(2023, "2 Jan (substitute), 7 Apr, 10 Apr, 1 May, 8 May (Coronation of King Charles III), 29 May, 28 Aug,"
                + " 25-26 Dec",
            of(2023, 1, 2), of(2023, 4, 7), of(2023, 4, 10), of(2023, 5, 1), of(2023, 5, 8),
            of(2023, 5, 29), of(2023, 8, 28), of(2023, 12, 25), of(2023, 12, 26)),
        year(2024, "1 Jan, 29 Mar, 1 Apr, 6 May, 27 May, 26 Aug, 25-26 Dec",
            of(2024, 1, 1), of(2024, 3, 29), of(2024, 4, 1), of(2024, 5, 6), of(2024, 5, 27),
            of(2024, 8, 26), of(2024, 12, 25), of(2024, 12, 26)),
        year(2025, "1 Jan, 18 Apr, 21 Apr, 5 May, 26 May, 25 Aug, 25-26 Dec",
            of(2025, 1, 1), of(2025, 4, 18), of(2025, 4, 21), of(2025, 5, 5), of(2025, 5, 26),
            of(2025, 8, 25), of(2025, 12, 25), of(2025, 12, 26)),
        year(2026, "1 Jan, 3 Apr, 6 Apr, 4 May, 25 May (spring), 31 Aug, 25 Dec, 28 Dec (Boxing Day substitute)",
            of(2026, 1, 1), of(2026, 4, 3), of(2026, 4, 6), of(2026, 5, 4), of(2026, 5, 25),
            of(2026, 8, 31), of(2026, 12, 25), of(2026, 12, 28)),
        year(2027, "1 Jan, Good Friday 26 Mar, Easter Monday 29 Mar, 3 May, 31 May, 30 Aug, 27-28 Dec (both"
                + " substitutes)",
            of(2027, 1, 1), of(2027, 3, 26), of(2027, 3, 29), of(2027, 5, 3), of(2027, 5, 31),
            of(2027, 8, 30), of(2027, 12, 27), of(2027, 12, 28)),
        year(2028, "3 Jan (substitute), 14 Apr, 17 Apr, 1 May, 29 May, 28 Aug, 25-26 Dec",
            of(2028, 1, 3), of(2028, 4, 14), of(2028, 4, 17), of(2028, 5, 1), of(2028, 5, 29),
            of(2028, 8, 28), of(2028, 12, 25), of(2028, 12, 26)));
  }

  private static Arguments year(int year, String published, LocalDate... holidays) {
    return Arguments.of(year, published, List.of(holidays));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("publishedEnglandAndWalesBankHolidays")
  @DisplayName("matches the published England and Wales list, year by year from 2018 to 2028")
  void matchesThePublishedList(int year, String published, List<LocalDate> holidays) {
    assertThat(BankHolidays.inYear(year)).containsExactlyElementsOf(holidays);
    for (var day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
      assertThat(BankHolidays.isBankHoliday(day)).as("%s is a bank holiday", day).isEqualTo(holidays.contains(day));
    }
  }

  @Nested
  @DisplayName("applies one-off changes by proclamation")
  class OneOffs {

    @Test
    @DisplayName("2020: early May bank holiday moved to Friday 8 May (VE Day), so Monday 4 May is not one")
    void veDay2020() {
      assertThat(BankHolidays.isBankHoliday(of(2020, 5, 8))).isTrue();
      assertThat(BankHolidays.isBankHoliday(of(2020, 5, 4))).isFalse();
    }

    @Test
    @DisplayName("2022: spring bank holiday moved to Thu 2 June with extra Fri 3 June (Platinum Jubilee), not Mon 30 May")
    void platinumJubilee2022() {
      assertThat(BankHolidays.inYear(2022)).contains(of(2022, 6, 2), of(2022, 6, 3)).doesNotContain(of(2022, 5, 30));
    }

    @Test
    @DisplayName("2022: Monday 19 September (State Funeral of Queen Elizabeth II) is a bank holiday")
    void stateFuneral2022() {
      assertThat(BankHolidays.isBankHoliday(of(2022, 9, 19))).isTrue();
    }

    @Test
    @DisplayName("2023: Monday 8 May (Coronation) is an extra bank holiday alongside Monday 1 May")
    void coronation2023() {
      assertThat(BankHolidays.inYear(2023)).contains(of(2023, 5, 1), of(2023, 5, 8)).hasSize(9);
    }

    @Test
    @DisplayName("1995 early May on 8 May; 2002 spring on 4 June plus 3 June; 2011 29 April; 2012 spring on 4 June plus 5 June")
    void earlierOneOffs() {
      assertThat(BankHolidays.inYear(1995)).contains(of(1995, 5, 8)).doesNotContain(of(1995, 5, 1));
      assertThat(BankHolidays.inYear(2002)).contains(of(2002, 6, 3), of(2002, 6, 4)).doesNotContain(of(2002, 5, 27));
      assertThat(BankHolidays.isBankHoliday(of(2011, 4, 29))).isTrue();
      assertThat(BankHolidays.inYear(2012)).contains(of(2012, 6, 4), of(2012, 6, 5)).doesNotContain(of(2012, 5, 28));
    }

    @Test
    @DisplayName("2022's one-offs leave the ordinary rules in place: its list is the published one")
    void year2022() {
      assertThat(BankHolidays.inYear(2022))
          .containsExactly(
              of(2022, 1, 3), of(2022, 4, 15), of(2022, 4, 18), of(2022, 5, 2), of(2022, 6, 2),
              of(2022, 6, 3), of(2022, 8, 29), of(2022, 9, 19), of(2022, 12, 26), of(2022, 12, 27));
    }
  }

  @Nested
  @DisplayName("substitutes a weekday when a holiday falls at the weekend")
  class Substitutes {

    @Test
    @DisplayName("New Year's Day on a Saturday (2022) is observed on Monday 3 January")
    void newYearOnSaturday() {
      assertThat(BankHolidays.isBankHoliday(of(2022, 1, 3))).isTrue();
      assertThat(BankHolidays.isBankHoliday(of(2022, 1, 1))).isFalse();
    }

    @Test
    @DisplayName("New Year's Day on a Sunday (2023) is observed on Monday 2 January")
    void newYearOnSunday() {
      assertThat(BankHolidays.isBankHoliday(of(2023, 1, 2))).isTrue();
      assertThat(BankHolidays.isBankHoliday(of(2023, 1, 1))).isFalse();
    }

    @Test
    @DisplayName("Christmas on a Saturday (2021): Monday 27 and Tuesday 28 December")
    void christmasOnSaturday() {
      assertThat(BankHolidays.inYear(2021)).endsWith(of(2021, 12, 27), of(2021, 12, 28));
      assertThat(BankHolidays.isBankHoliday(of(2021, 12, 25))).isFalse();
    }

    @Test
    @DisplayName("Christmas on a Sunday (2022): Monday 26 and Tuesday 27 December")
    void christmasOnSunday() {
      assertThat(BankHolidays.inYear(2022)).endsWith(of(2022, 12, 26), of(2022, 12, 27));
    }

    @Test
    @DisplayName("Christmas on a Friday (2020): Boxing Day on Saturday is observed on Monday 28 December")
    void christmasOnFriday() {
      assertThat(BankHolidays.inYear(2020)).endsWith(of(2020, 12, 25), of(2020, 12, 28));
    }
  }

  @Test
  @DisplayName("Easter Sunday follows the Gregorian computus (e.g. 2019 was 21 April, 2038 will be 25 April)")
  void easter() {
    assertThat(BankHolidays.easterSunday(2019)).isEqualTo(of(2019, 4, 21));
    assertThat(BankHolidays.easterSunday(2038)).isEqualTo(of(2038, 4, 25));
    assertThat(BankHolidays.easterSunday(2285)).isEqualTo(of(2285, 3, 22)); // earliest possible date
  }

  @Test
  @DisplayName("the year's list is unmodifiable, so callers cannot corrupt the shared cache")
  void unmodifiable() {
    var holidays = BankHolidays.inYear(2026);
    assertThatThrownBy(() -> holidays.add(LocalDate.of(2026, 7, 1))).isInstanceOf(UnsupportedOperationException.class);
  }
}

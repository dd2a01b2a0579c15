package org.uca.domain.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EndedQuarterTest {

  @Test
  @DisplayName("no resident can be found by comparing overlapping periods: 1-10 March and 1-11 March are no quarters,"
      + " so figures about few people are given for neither")
  void noResidentCanBeFoundByComparingOverlappingPeriods() {
    assertThat(EndedQuarter.of(of(2026, 3, 1), of(2026, 3, 10), of(2026, 12, 1))).isEmpty();
    assertThat(EndedQuarter.of(of(2026, 3, 1), of(2026, 3, 11), of(2026, 12, 1))).isEmpty();
    assertThat(EndedQuarter.of(of(2026, 1, 1), of(2026, 3, 30), of(2026, 12, 1))).as("a day short").isEmpty();
    assertThat(EndedQuarter.of(of(2026, 1, 2), of(2026, 3, 31), of(2026, 12, 1))).as("a day late").isEmpty();
    assertThat(EndedQuarter.of(of(2026, 1, 1), of(2026, 6, 30), of(2026, 12, 1))).as("two quarters").isEmpty();
    assertThat(EndedQuarter.of(of(2026, 1, 1), of(2026, 3, 31), of(2026, 12, 1)))
        .contains(new EndedQuarter(new Quarter(2026, 1)));
  }

  @Test
  @DisplayName("a quarter not yet over gives no figures about few people: each day added to it could be subtracted")
  void aQuarterIsGivenOnlyOnceItHasEnded() {
    Quarter q4 = new Quarter(2026, 4);
    assertThat(EndedQuarter.of(q4.first(), q4.last(), of(2026, 12, 31))).as("on its last day").isEmpty();
    assertThat(EndedQuarter.of(q4.first(), q4.last(), of(2027, 1, 1))).contains(new EndedQuarter(q4));
    assertThat(EndedQuarter.last(2, of(2027, 1, 1))).containsExactly(new EndedQuarter(q4),
        new EndedQuarter(new Quarter(2026, 3)));
  }

  @Test
  @DisplayName("a quarter is written 2026-Q3 and runs from 1 July to 30 September")
  void quartersAsWritten() {
    assertThat(Quarter.parse("2026-Q3")).contains(new Quarter(2026, 3));
    assertThat(Quarter.parse("2026-Q5")).isEmpty();
    assertThat(new Quarter(2026, 3).first()).isEqualTo(of(2026, 7, 1));
    assertThat(new Quarter(2026, 3).last()).isEqualTo(of(2026, 9, 30));
    assertThat(new Quarter(2026, 1).previous()).isEqualTo(new Quarter(2025, 4));
    assertThat(Quarter.containing(of(2026, 12, 31))).isEqualTo(new Quarter(2026, 4));
    assertThat(new Quarter(2026, 4).label()).isEqualTo("2026 Q4");
  }
}

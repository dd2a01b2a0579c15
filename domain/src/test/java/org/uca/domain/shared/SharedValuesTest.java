package org.uca.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Shared values: UK dates and channels of contact")
class SharedValuesTest {

    @Test
    @DisplayName("dates in the policy are UK dates: late evening in summer is already the next day in the UK")
    void ukDates() {
        assertThat(UkTime.dateOf(Instant.parse("2026-06-30T23:30:00Z"))).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(UkTime.dateOf(Instant.parse("2026-12-31T23:30:00Z"))).isEqualTo(LocalDate.of(2026, 12, 31));
    }

    @Test
    @DisplayName("every channel of contact has its own plain-English label")
    void channelLabels() {
        assertThat(Channel.values()).extracting(Channel::label).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(Channel.PHONE.label()).isEqualTo("telephone");
    }
}

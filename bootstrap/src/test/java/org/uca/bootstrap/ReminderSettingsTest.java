package org.uca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.uca.application.port.in.ReminderDigestQuery.Thresholds;

@DisplayName("The reminder digest's settings (UCA_REMINDERS, UCA_REMINDERS_AT, the working-day thresholds)")
class ReminderSettingsTest {

    private static Configuration.Jobs jobs(Map<String, String> env) {
        return Configuration.from(env, new Properties()).jobs();
    }

    @Test
    @DisplayName("unless set: on, daily at 07:00 UK time (08:00 UTC in summer), appeals within 2, reviews within 10,"
            + " residents not informed after 5 working days")
    void defaults() {
        Configuration.Reminders reminders = jobs(Map.of()).reminders().orElseThrow();
        assertThat(reminders.at()).isEqualTo(LocalTime.of(7, 0));
        assertThat(reminders.thresholds()).isEqualTo(Thresholds.STANDARD).isEqualTo(new Thresholds(2, 10, 5));
        assertThat(reminders.schedule().getNextExecutionTime(ExecutionComplete.simulatedSuccess(
                Instant.parse("2026-07-01T07:30:00Z")))).isEqualTo(Instant.parse("2026-07-02T06:00:00Z"));
    }

    @Test
    @DisplayName("UCA_REMINDERS=off: no digest; the time and thresholds are set")
    void offAndSet() {
        assertThat(jobs(Map.of("UCA_REMINDERS", "off")).reminders()).isEmpty();
        Configuration.Reminders set = jobs(Map.of("UCA_REMINDERS_AT", "06:30", "UCA_REMINDERS_APPEALS_WITHIN", "3",
                "UCA_REMINDERS_REVIEWS_WITHIN", "15", "UCA_REMINDERS_INFORMED_AFTER", "0")).reminders().orElseThrow();
        assertThat(set.at()).isEqualTo(LocalTime.of(6, 30));
        assertThat(set.thresholds()).isEqualTo(new Thresholds(3, 15, 0));
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({"UCA_REMINDERS,maybe,UCA_REMINDERS must be on or off",
            "UCA_REMINDERS_AT,7am,UCA_REMINDERS_AT must be a time of day such as 07:00",
            "UCA_REMINDERS_AT,25:00,UCA_REMINDERS_AT must be a time of day such as 07:00",
            "UCA_REMINDERS_APPEALS_WITHIN,-1,UCA_REMINDERS_APPEALS_WITHIN must be a number of working days from 0 to 60",
            "UCA_REMINDERS_REVIEWS_WITHIN,61,UCA_REMINDERS_REVIEWS_WITHIN must be a number of working days from 0 to 60",
            "UCA_REMINDERS_INFORMED_AFTER,five,UCA_REMINDERS_INFORMED_AFTER must be a whole number"})
    @DisplayName("a bad value stops the start with one line naming the setting")
    void badValuesRefused(String name, String value, String message) {
        assertThatThrownBy(() -> jobs(Map.of(name, value))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(message).hasMessageNotContaining("\n");
    }
}

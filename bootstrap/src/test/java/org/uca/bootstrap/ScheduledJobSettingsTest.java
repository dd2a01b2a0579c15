package org.uca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("When the scheduled jobs run (UCA_RETENTION_SCHEDULE, UCA_JOBS_POLL_SECONDS)")
class ScheduledJobSettingsTest {

    private static Instant nextAfter(Configuration.Jobs jobs, String lastRunEnded) {
        return jobs.retention().getNextExecutionTime(ExecutionComplete.simulatedSuccess(Instant.parse(lastRunEnded)));
    }

    @Test
    @DisplayName("by default the retention rule runs daily at 02:00 UK time, in summer and winter, and each server"
            + " looks for due jobs every 10 seconds")
    void dailyAtTwoInTheMorningUkTime() {
        Configuration.Jobs jobs = Configuration.from(Map.of(), new Properties()).jobs();
        assertThat(nextAfter(jobs, "2027-01-10T12:00:00Z")).isEqualTo("2027-01-11T02:00:00Z"); // GMT
        // Sunday 28 March 2027: the clocks go forward at 01:00 GMT, and 02:00 BST is 01:00 GMT
        assertThat(nextAfter(jobs, "2027-03-27T12:00:00Z")).isEqualTo("2027-03-28T01:00:00Z");
        assertThat(nextAfter(jobs, "2027-07-01T01:30:00Z")).isEqualTo("2027-07-02T01:00:00Z"); // BST, just after
        assertThat(jobs.pollEvery()).isEqualTo(Duration.ofSeconds(10));
    }

    @Test
    @DisplayName("an operator may set another schedule: other times of day, or a fixed delay after the last run")
    void anotherSchedule() {
        Configuration.Jobs daily = Configuration.from(Map.of("UCA_RETENTION_SCHEDULE", "DAILY|23:30|Europe/London",
                "UCA_JOBS_POLL_SECONDS", "30"), new Properties()).jobs();
        assertThat(nextAfter(daily, "2027-01-10T12:00:00Z")).isEqualTo("2027-01-10T23:30:00Z");
        assertThat(daily.pollEvery()).isEqualTo(Duration.ofSeconds(30));
        Configuration.Jobs hourly = Configuration.from(Map.of("UCA_RETENTION_SCHEDULE", "FIXED_DELAY|3600s"),
                new Properties()).jobs();
        assertThat(nextAfter(hourly, "2027-01-10T12:00:05Z")).isEqualTo("2027-01-10T13:00:05Z");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"daily", "DAILY|2am", "DAILY|25:00", "DAILY|02:00|Mars/Olympus_Mons", "FIXED_DELAY|1h",
            "FIXED_DELAY|0s", "-", "0 0 2 * * *"})
    @DisplayName("a schedule that is not one, switches the retention rule off, or never waits stops the start with"
            + " one line naming the setting and an example")
    void aBadScheduleStopsTheStart(String schedule) {
        assertThatThrownBy(() -> Configuration.from(Map.of("UCA_RETENTION_SCHEDULE", schedule), new Properties()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("UCA_RETENTION_SCHEDULE must be a schedule such as DAILY|02:00|Europe/London")
                .hasMessageContaining("\"" + schedule + "\"")
                .hasMessageNotContaining("\n");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"0", "-5", "often"})
    @DisplayName("servers look for due jobs at least every few seconds: a poll of under a second, or not a number, is refused")
    void aBadPollIsRefused(String seconds) {
        assertThatThrownBy(() -> Configuration.from(Map.of("UCA_JOBS_POLL_SECONDS", seconds), new Properties()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("UCA_JOBS_POLL_SECONDS");
    }
}

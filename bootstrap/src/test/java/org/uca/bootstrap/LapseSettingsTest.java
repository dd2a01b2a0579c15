package org.uca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Restrictions lapse unless reviewed: the grace period (UCA_LAPSE_GRACE_WORKING_DAYS) and the daily job")
class LapseSettingsTest {

    @Test
    @DisplayName("by default a restriction not reviewed lapses 10 working days after its review date; an operator may"
            + " set another grace period")
    void tenWorkingDaysUnlessSet() {
        assertThat(Configuration.from(Map.of(), new Properties()).lapseGraceWorkingDays()).isEqualTo(10);
        assertThat(Configuration.from(Map.of("UCA_LAPSE_GRACE_WORKING_DAYS", "5"), new Properties())
                .lapseGraceWorkingDays()).isEqualTo(5);
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"-1", "61", "ten"})
    @DisplayName("a grace period that is not 0 to 60 working days stops the start with one line naming the setting")
    void aBadGracePeriodStopsTheStart(String value) {
        assertThatThrownBy(() -> Configuration.from(Map.of("UCA_LAPSE_GRACE_WORKING_DAYS", value), new Properties()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("UCA_LAPSE_GRACE_WORKING_DAYS must be a")
                .hasMessageNotContaining("\n");
    }

    @Test
    @DisplayName("the lapse is a daily job of its own, at 01:00 UK time")
    void aDailyJob() {
        Configuration configuration = Configuration.from(Map.of(), new Properties());
        var job = Main.lapse(configuration, null);
        assertThat(job.name()).isEqualTo("lapse");
        assertThat(job.schedule().getNextExecutionTime(com.github.kagkarlsson.scheduler.task.ExecutionComplete
                .simulatedSuccess(java.time.Instant.parse("2027-01-10T12:00:00Z"))))
                .isEqualTo("2027-01-11T01:00:00Z");
    }
}

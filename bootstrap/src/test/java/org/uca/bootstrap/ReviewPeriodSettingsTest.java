package org.uca.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.uca.domain.cases.ReviewPeriods;

@DisplayName("The usual review period of each kind of action is the landlord's to set")
class ReviewPeriodSettingsTest {

    @Test
    @DisplayName("unset, contact standards are reviewed after 6 months, service limits after 3, tenancy action and"
            + " informing the police after 6; each can be set")
    void usualUnlessSet() {
        assertThat(Configuration.from(Map.of(), new Properties()).reviewPeriods()).isEqualTo(ReviewPeriods.usual());
        assertThat(Configuration.from(Map.of("UCA_REVIEW_MONTHS_CONTACT_STANDARDS", "4",
                "UCA_REVIEW_MONTHS_SERVICE_LIMITS", "2", "UCA_REVIEW_MONTHS_TENANCY_ACTION", "12",
                "UCA_REVIEW_MONTHS_INFORMING_THE_POLICE", "9"), new Properties()).reviewPeriods())
                .isEqualTo(new ReviewPeriods(4, 2, 12, 9));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "13", "-1"})
    @DisplayName("a period outside 1 to 12 months stops the start, naming the setting")
    void aBadPeriodStopsTheStart(String value) {
        assertThatThrownBy(() -> Configuration.from(Map.of("UCA_REVIEW_MONTHS_SERVICE_LIMITS", value),
                new Properties())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("UCA_REVIEW_MONTHS_SERVICE_LIMITS must be a number of months from 1 to 12")
                .hasMessageContaining("not " + value);
    }
}

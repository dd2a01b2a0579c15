package org.uca.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.people.AuthorityLevel;

@DisplayName("Default review periods per kind of action (restrictions do not stay in place indefinitely)")
class ReviewPeriodsTest {

    @Test
    @DisplayName("a decision is reviewed by the shortest period of its measures: one review covers the decision")
    void theShortestPeriodOfItsMeasures() {
        ReviewPeriods usual = ReviewPeriods.usual();
        LocalDate decided = LocalDate.of(2027, 1, 15);

        assertThat(usual.reviewDate(List.of(Measures.singlePointOfContact()), decided))
                .isEqualTo(LocalDate.of(2027, 7, 15));
        assertThat(usual.reviewDate(List.of(Measures.singlePointOfContact(), Measures.healthAndSafetyRepairsOnly()),
                decided)).as("a service limit is reviewed sooner").isEqualTo(LocalDate.of(2027, 4, 15));
    }

    @Test
    @DisplayName("the form fills in the earliest review whoever authorises could need: a Service Manager's contact"
            + " standards, an Assistant Director's service limits too")
    void whatTheFormFillsIn() {
        ReviewPeriods set = new ReviewPeriods(4, 2, 9, 12);
        assertThat(set.shortestFor(AuthorityLevel.SERVICE_MANAGER)).isEqualTo(4);
        assertThat(set.shortestFor(AuthorityLevel.ASSISTANT_DIRECTOR)).isEqualTo(2);
        assertThat(set.shortestFor(AuthorityLevel.DIRECTOR)).isEqualTo(2);
    }

    @Test
    @DisplayName("a period is from one month to the longest a review may be set (12 months)")
    void withinTheLongestReview() {
        assertThatThrownBy(() -> new ReviewPeriods(6, 0, 6, 6)).hasMessageContaining("from 1 to 12 months, not 0");
        assertThatThrownBy(() -> new ReviewPeriods(13, 3, 6, 6)).hasMessageContaining("not 13");
        assertThat(ReviewPeriods.usual().describe()).isEqualTo("contact standards 6 months, service limits 3 months,"
                + " tenancy action 6 months, informing the police 6 months");
    }
}

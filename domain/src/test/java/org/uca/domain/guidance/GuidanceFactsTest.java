package org.uca.domain.guidance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uca.domain.fixtures.Fixtures.NOW;
import static org.uca.domain.fixtures.Fixtures.after;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.uca.domain.cases.Case;
import org.uca.domain.fixtures.ACase;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.fixtures.Reports;
import org.uca.domain.fixtures.SeededRandom;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.measures.Measure;
import org.uca.domain.shared.Channel;
import org.uca.domain.shared.UkTime;

@DisplayName("Guidance facts: what a store keeps beside a case answers as the whole case would, at any later moment")
class GuidanceFactsTest {

    private static Case inForce(Measure... measures) {
        return ACase.aCase().withAction(Reports::threatsWithSafetyConcern).authorisedBy(Staff.DIRECTOR)
                .authorisedImmediately(measures).build();
    }

    /** The same facts with every contact the case holds, one by one: what any moment's allowance counts from. */
    private static GuidanceFacts withEveryContact(Case c) {
        return new GuidanceFacts(c.resident(), GuidanceFacts.of(c).inForce(), c.contacts()
                .map(contact -> new GuidanceFacts.ContactDay(UkTime.dateOf(contact.at()), contact.minutes())),
                c.needs().adjustments());
    }

    /**
     * Cases with an allowance in force (weekly or monthly) and up to 40 contacts at any hour over the 80 days before
     * {@link org.uca.domain.fixtures.Fixtures#NOW} (1 December 2026), so across the autumn clock change.
     */
    static Stream<Case> casesWithContactTime() {
        SeededRandom random = SeededRandom.forTest(GuidanceFactsTest.class, 20261201L);
        return random.cases(60, () -> {
            Case c = inForce(random.coinToss() ? Measures.thirtyMinutesAWeek() : Measures.twoHoursAMonth());
            int contacts = random.between(1, 40);
            for (int i = 0; i < contacts; i++) {
                Instant at = NOW.minus(Duration.ofMinutes(random.between(0, 80 * 24 * 60)));
                c = after(c.recordContact(at, random.between(1, 90), Channel.PHONE, Staff.OFFICER, NOW));
            }
            return c;
        });
    }

    @ParameterizedTest
    @MethodSource("casesWithContactTime")
    @DisplayName("the contact time kept counts as all of it would, from a day before the latest contact (a clock a"
            + " little behind) and every hour of the next 130 days, across the spring clock change")
    void contactTimeKeptCountsAsAllOfIt(Case c) {
        GuidanceFacts kept = GuidanceFacts.of(c);
        GuidanceFacts all = withEveryContact(c);
        Instant latest = c.contacts().map(contact -> contact.at()).max().get();
        for (Instant t = latest.minus(Duration.ofDays(1)); t.isBefore(latest.plus(Duration.ofDays(130)));
                t = t.plus(Duration.ofMinutes(61))) {
            assertThat(ContactGuidance.from(kept, t)).as("at %s", t).isEqualTo(ContactGuidance.from(all, t));
        }
        assertThat(kept.contactTime().size()).as("at most one entry a day, only for days that can still count")
                .isLessThanOrEqualTo(38);
    }

    @Test
    @DisplayName("contact time is not kept when no contact time allowance is in force")
    void noAllowanceNoContactTime() {
        Case c = ACase.aCase().withAction(Reports::threatsWithSafetyConcern).authorisedBy(Staff.DIRECTOR)
                .authorisedImmediately(Measures.singlePointOfContact()).withContact(20, Channel.PHONE).build();

        assertThat(GuidanceFacts.of(c).contactTime()).isEmpty();
        assertThat(GuidanceFacts.of(c).inForce()).hasSize(1);
    }

    @Test
    @DisplayName("a lifted decision leaves the facts, so its measures no longer restrict contact")
    void liftedDecisionLeavesTheFacts() {
        Case c = ACase.aCase().withAction(Reports::threatsWithSafetyConcern).authorisedBy(Staff.DIRECTOR)
                .authorisedImmediately(Measures.singlePointOfContact()).lifted().build();

        assertThat(GuidanceFacts.of(c).inForce()).isEmpty();
        assertThat(ContactGuidance.from(GuidanceFacts.of(c), NOW)).isEqualTo(ContactGuidance.unrestricted(c.resident()));
    }
}

package org.uca.adapter.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.domain.guidance.ContactGuidance.TimeAllowance;
import org.uca.domain.measures.ContactStandard.AllowancePeriod;

class TimeAllowanceWordingTest {

    @Test
    @DisplayName("an exceeded time allowance says so (\"50 of 45 minutes used this week — allowance exceeded\"),"
            + " never \"0 left\"")
    void anExceededAllowanceSaysSo() {
        assertThat(org.uca.adapter.web.view.GuidanceLines.allowance(new TimeAllowance(45, AllowancePeriod.WEEK, 50)))
                .isEqualTo("50 of 45 minutes used this week — allowance exceeded");
        assertThat(org.uca.adapter.web.view.GuidanceLines.allowance(new TimeAllowance(45, AllowancePeriod.WEEK, 45)))
                .isEqualTo("0 of 45 minutes left this week");
        assertThat(org.uca.adapter.web.view.GuidanceLines.allowance(new TimeAllowance(120, AllowancePeriod.MONTH, 20)))
                .isEqualTo("100 of 120 minutes left this month");
    }
}

package org.uca.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.people.AuthorityLevel;

@DisplayName("Who may act on an appeal or a review (policy 4.2)")
class WhoMayActTest {

    @Test
    @DisplayName("an appeal is decided at its review level or above, and never by whoever made the decision")
    void appeal() {
        AuthorityLevel ad = AuthorityLevel.ASSISTANT_DIRECTOR;
        assertThat(WhoMayAct.mayDecideAppeal(Staff.ASSISTANT_DIRECTOR, ad, Staff.SERVICE_MANAGER.id())).isTrue();
        assertThat(WhoMayAct.mayDecideAppeal(Staff.DIRECTOR, ad, Staff.SERVICE_MANAGER.id())).isTrue();
        assertThat(WhoMayAct.mayDecideAppeal(Staff.ASSISTANT_DIRECTOR, ad, Staff.ASSISTANT_DIRECTOR.id())).isFalse();
        assertThat(WhoMayAct.mayDecideAppeal(Staff.SECOND_SERVICE_MANAGER, ad, Staff.SERVICE_MANAGER.id())).isFalse();
        assertThat(WhoMayAct.mayDecideAppeal(Staff.OFFICER, ad, Staff.SERVICE_MANAGER.id())).isFalse();
        assertThat(WhoMayAct.appealReviewer(ad)).isEqualTo("an Assistant Director or above who did not make the decision");
        assertThat(WhoMayAct.appealReviewer(AuthorityLevel.DIRECTOR))
                .isEqualTo("a Director or above who did not make the decision");
    }

    @Test
    @DisplayName("a restriction is reviewed at the level its measures need or above")
    void review() {
        assertThat(WhoMayAct.mayReview(Staff.SERVICE_MANAGER, AuthorityLevel.SERVICE_MANAGER)).isTrue();
        assertThat(WhoMayAct.mayReview(Staff.SERVICE_MANAGER, AuthorityLevel.ASSISTANT_DIRECTOR)).isFalse();
        assertThat(WhoMayAct.mayReview(Staff.OFFICER, AuthorityLevel.SERVICE_MANAGER)).isFalse();
        assertThat(WhoMayAct.restrictionReviewer(AuthorityLevel.SERVICE_MANAGER)).isEqualTo("a Service Manager or above");
        assertThat(WhoMayAct.restrictionReviewer(AuthorityLevel.NONE)).isEqualTo("any member of staff");
    }
}

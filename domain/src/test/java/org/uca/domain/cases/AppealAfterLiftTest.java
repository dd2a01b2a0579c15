package org.uca.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uca.domain.fixtures.Fixtures.NOW;
import static org.uca.domain.fixtures.Fixtures.after;

import io.vavr.collection.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.domain.fixtures.ACase;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.fixtures.Reports;
import org.uca.domain.fixtures.Staff;

class AppealAfterLiftTest {

    @Test
    @DisplayName("a restriction lifted while its appeal waited stays lifted; the appeal outcome is still recorded")
    void liftedStaysLifted() {
        Case appealedThenLifted = ACase.aCase().withAction(Reports::verbalAbuse).warned().withFurtherAction()
                .authorised(Measures.noEmail()).appealed().lifted().build();

        Case decided = after(appealedThenLifted.decideAppeal(new AppealId(1), AppealOutcome.DECISION_OVERTURNED,
                List.empty(), "The officer's notes do not support the decision.", Staff.ASSISTANT_DIRECTOR, NOW));

        assertThat(decided.decision(new DecisionId(1)).get().status()).isEqualTo(DecisionStatus.LIFTED);
        assertThat(decided.appeal(new AppealId(1)).get().outcome().get().outcome())
                .isEqualTo(AppealOutcome.DECISION_OVERTURNED);
    }
}

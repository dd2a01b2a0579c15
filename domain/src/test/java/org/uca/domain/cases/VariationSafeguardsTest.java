package org.uca.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.uca.domain.fixtures.Fixtures.NOW;
import static org.uca.domain.fixtures.Fixtures.TODAY;
import static org.uca.domain.fixtures.Fixtures.after;
import static org.uca.domain.fixtures.Fixtures.refused;

import io.vavr.collection.List;
import io.vavr.control.Option;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.domain.fixtures.ACase;
import org.uca.domain.fixtures.AProposal;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.fixtures.Reports;
import org.uca.domain.fixtures.Staff;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.shared.Refusal;

class VariationSafeguardsTest {

    private static Case accompaniedOnlyForAResidentWhoNeedsPhoneContact() {
        return ACase.aCase().withAdjustment(AdjustmentKind.PHONE_CONTACT).withAction(Reports::verbalAbuse).warned()
                .withFurtherAction().authorised(Measures.accompaniedOnly()).appealed().build();
    }

    @Test
    @DisplayName("a review cannot vary a restriction into one that conflicts with a recorded reasonable adjustment")
    void reviewCannotOverrideAnAdjustment() {
        Case c = accompaniedOnlyForAResidentWhoNeedsPhoneContact();

        Refusal refusal = refused(c.review(new DecisionId(1), ReviewOutcome.VARY, List.of(Measures.noTelephoneCalls()),
                "Calls are abusive again.", Option.some(TODAY.plusMonths(3)), Staff.SERVICE_MANAGER, NOW));

        assertThat(refusal.concerns("variedMeasures")).isTrue();
        assertThat(refusal.message()).contains("conflicts with the recorded adjustment", "authorise a new decision");
    }

    @Test
    @DisplayName("an appeal cannot vary a decision into one that conflicts with a recorded reasonable adjustment")
    void appealCannotOverrideAnAdjustment() {
        Case c = accompaniedOnlyForAResidentWhoNeedsPhoneContact();

        Refusal refusal = refused(c.decideAppeal(new AppealId(1), AppealOutcome.DECISION_VARIED,
                List.of(Measures.noTelephoneCalls()), "Safer this way.", Staff.ASSISTANT_DIRECTOR, NOW));

        assertThat(refusal.concerns("variedMeasures")).isTrue();
    }

    @Test
    @DisplayName("a conflict justified when the decision was authorised may be kept when the decision is varied")
    void justifiedConflictMayBeKept() {
        Case c = ACase.aCase().withAdjustment(AdjustmentKind.PHONE_CONTACT).withAction(Reports::verbalAbuse).warned()
                .withFurtherAction().authorised(AProposal.contactStandards(Measures.noTelephoneCalls())
                        .adjustmentConflictJustified("Every call this month was abusive; letters are read to her by"
                                + " her support worker."))
                .build();

        Case varied = after(c.review(new DecisionId(1), ReviewOutcome.VARY,
                List.of(Measures.noTelephoneCalls(), Measures.singlePointOfContact()), "Add a single contact.",
                Option.some(TODAY.plusMonths(3)), Staff.SERVICE_MANAGER, NOW));

        assertThat(varied.decision(new DecisionId(1)).get().measures()).hasSize(2);
    }

    @Test
    @DisplayName("an appeal against a Director's decision on contact standards is reviewed by a Director")
    void directorsDecisionReviewedByADirector() {
        Case c = ACase.aCase().withAction(Reports::verbalAbuse).warned().withFurtherAction()
                .authorisedBy(Staff.DIRECTOR).authorised(Measures.officeBan()).build();

        assertThat(c.decision(new DecisionId(1)).get().appealReviewLevel()).isEqualTo(AuthorityLevel.DIRECTOR);
        assertThat(ACase.withContactStandardsInForce().decision(new DecisionId(1)).get().appealReviewLevel())
                .isEqualTo(AuthorityLevel.ASSISTANT_DIRECTOR);
    }
}

package org.uca.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.domain.cases.Case;
import org.uca.domain.fixtures.ACase;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.fixtures.Reports;

/** A letter never tells the resident they can use our services as usual while another restriction still applies. */
class EndedDecisionLettersTest {

    @Test
    @DisplayName("a decision ended while another is in force: the letter says which still apply, not 'as usual'")
    void anotherDecisionStillInForceIsNamed() {
        Case two = ACase.aCase().withAction(Reports::verbalAbuse).warned().withFurtherAction()
                .authorised(Measures.noEmail()).authorised(Measures.officeBan()).build();

        String said = LetterWriter.noLongerApplies(two, two.decisions().head(), "Ended.");

        assertThat(said).doesNotContain("as usual").contains("Other restrictions we have told you about still"
                + " apply", "/D2)");
    }

    @Test
    @DisplayName("the only decision ended: the resident can use our services as usual")
    void theOnlyDecisionEnded() {
        Case one = ACase.aCase().withAction(Reports::verbalAbuse).warned().withFurtherAction()
                .authorised(Measures.noEmail()).build();

        assertThat(LetterWriter.noLongerApplies(one, one.decisions().head(), "Ended."))
                .isEqualTo("Ended. You can contact us and use our services as usual.");
    }
}

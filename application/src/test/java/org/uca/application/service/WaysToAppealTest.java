package org.uca.application.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.measures.ContactStandard;

/** Policy 4.2: the letter tells the resident how to appeal, never by a way the decision has just closed to them. */
class WaysToAppealTest {

    @Test
    @DisplayName("with nothing closed: in writing (a letter or an email), by phone, or by speaking to any member of"
            + " staff")
    void everyWayWhenNothingIsClosed() {
        assertThat(LetterWriter.waysToAppeal(List.of(Measures.singlePointOfContact()))).isEqualTo("in writing (a"
                + " letter or an email), by phone, or by speaking to any member of staff");
    }

    @Test
    @DisplayName("a decision that ends telephone calls and excludes e-mail does not invite an appeal by either;"
            + " a letter is always open")
    void neverAWayTheDecisionCloses() {
        assertThat(LetterWriter.waysToAppeal(List.of(new ContactStandard.NoTelephoneCalls(), Measures.noEmail())))
                .isEqualTo("in writing (a letter), or by speaking to any member of staff");
        assertThat(LetterWriter.waysToAppeal(List.of(new ContactStandard.NoTelephoneCalls(), Measures.noEmail(),
                new ContactStandard.OfficeBan()))).isEqualTo("in writing (a letter)");
    }
}

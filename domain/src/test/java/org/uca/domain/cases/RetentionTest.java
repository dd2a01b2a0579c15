package org.uca.domain.cases;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.domain.fixtures.ACase;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.measures.Measure;
import org.uca.domain.shared.Channel;

@DisplayName("The retention rule: an ended case is kept for monitoring, without the resident's reference or free text")
class RetentionTest {

    private static Case fullCase() {
        return ACase.aCase()
                .withNeeds(new ResidentNeeds(List.of(new ReasonableAdjustment(AdjustmentKind.INTERPRETER, "Polish")),
                        "Recently bereaved."))
                .withAction()
                .warned()
                .withFurtherAction()
                .authorised(Measures.singlePointOfContact(), Measures.throughTheirAdvocate(),
                        Measures.thirtyMinutesAWeek())
                .residentInformed()
                .withContact(20, Channel.PHONE)
                .appealed()
                .build();
    }

    @Test
    @DisplayName("anonymised, the resident's reference becomes a pseudonym on the case and on every event")
    void pseudonym() {
        Case c = fullCase();
        Case anonymised = c.anonymise();

        assertThat(anonymised.resident().value()).isEqualTo("anonymised-" + c.id());
        assertThat(anonymised.history().map(e -> e.resident())).containsOnly(anonymised.resident());
        assertThat(anonymised.id()).isEqualTo(c.id());
        assertThat(anonymised.version()).as("anonymising is not a change on the timeline").isEqualTo(c.version());
        assertThat(anonymised.anonymised()).isTrue();
        assertThat(c.anonymised()).isFalse();
    }

    @Test
    @DisplayName("anonymised, every free-text field is removed: accounts, reasons, notes, grounds, measure details")
    void freeTextRemoved() {
        Case anonymised = fullCase().anonymise();

        assertThat(anonymised.actions().map(a -> a.report().whatHappened())).containsOnly(Case.REMOVED);
        assertThat(anonymised.warnings().flatMap(w -> List.of(w.reasons(), w.whatMustChange())))
                .containsOnly(Case.REMOVED);
        Decision decision = anonymised.decisions().head();
        assertThat(decision.reasons()).isEqualTo(Case.REMOVED);
        assertThat(decision.safeguards().equalityAndVulnerabilityNotes()).isEqualTo(Case.REMOVED);
        assertThat(decision.measures().map(Measure::inPlainEnglish)).noneMatch(s -> s.contains("advocate"));
        assertThat(anonymised.appeals().head().grounds()).isEqualTo(Case.REMOVED);
        assertThat(anonymised.needs().vulnerabilityNotes()).isEqualTo(Case.REMOVED);
        assertThat(anonymised.needs().adjustments().map(ReasonableAdjustment::notes)).containsOnly(Case.REMOVED);
        assertThat(anonymised.actions().map(a -> a.report().otherKind()))
                .as("nothing recorded stays nothing").containsOnly("");
    }

    @Test
    @DisplayName("anonymised, what monitoring counts stays: kinds, dates, levels, teams, outcomes and who acted")
    void monitoringFactsKept() {
        Case c = fullCase();
        Case anonymised = c.anonymise();

        assertThat(anonymised.actions().map(UnacceptableAction::kind)).isEqualTo(c.actions().map(UnacceptableAction::kind));
        assertThat(anonymised.actions().map(UnacceptableAction::occurredAt))
                .isEqualTo(c.actions().map(UnacceptableAction::occurredAt));
        Decision before = c.decisions().head();
        Decision after = anonymised.decisions().head();
        assertThat(after.measures().map(Measure::kind)).isEqualTo(before.measures().map(Measure::kind));
        assertThat(after.authorisedBy()).isEqualTo(before.authorisedBy());
        assertThat(after.grounds()).isEqualTo(before.grounds());
        assertThat(after.safeguards().teamsInformed()).isEqualTo(before.safeguards().teamsInformed());
        assertThat(after.status()).isEqualTo(before.status());
        assertThat(anonymised.appeals().map(Appeal::dueBy)).isEqualTo(c.appeals().map(Appeal::dueBy));
        assertThat(List.ofAll(anonymised.contacts())).isEqualTo(List.ofAll(c.contacts()));
        assertThat(anonymised.history().map(CaseEvent::summary)).isEqualTo(c.history().map(CaseEvent::summary));
        assertThat(anonymised.anonymise().resident()).as("anonymising twice changes nothing more")
                .isEqualTo(anonymised.resident());
    }

    @Test
    @DisplayName("every measure keeps its kind; the eight measures with their own text lose it")
    void measures() {
        int withText = 0;
        for (Measure m : Measures.all()) {
            Measure removed = m.withFreeText(text -> Case.REMOVED);
            assertThat(removed.kind()).isEqualTo(m.kind());
            if (!removed.equals(m)) {
                withText++;
                assertThat(removed.inPlainEnglish()).as(m.kind().label()).contains(Case.REMOVED);
            }
        }
        assertThat(withText).as("third party, social media posts, other contact standard, withheld works, varied"
                + " timescales, other service limit, tenancy action, informing the police").isEqualTo(8);
    }

    @Test
    @DisplayName("a case has ended when no restriction is in force; the retention period runs from its last change")
    void ended() {
        assertThat(ACase.withContactStandardsInForce().ended()).as("a restriction in force").isEmpty();
        Case lifted = ACase.aCase().withAction().warned().withFurtherAction().authorised(Measures.noEmail()).lifted()
                .build();
        assertThat(lifted.ended()).contains(lifted.history().last().at());
        Case neverRestricted = ACase.aCase().withAction().build();
        assertThat(neverRestricted.ended()).contains(neverRestricted.history().last().at());
    }
}

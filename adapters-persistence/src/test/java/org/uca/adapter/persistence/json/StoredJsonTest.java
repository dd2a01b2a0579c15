package org.uca.adapter.persistence.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.collection.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.domain.cases.AdjustmentKind;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.ReasonableAdjustment;
import org.uca.domain.cases.ResidentNeeds;
import org.uca.domain.fixtures.ACase;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.measures.Measure;
import org.uca.domain.shared.Channel;

@DisplayName("The stored JSON of a case")
class StoredJsonTest {

    @Test
    @DisplayName("every kind of measure the policy names is stored and read back unchanged")
    void everyMeasure() {
        for (Measure measure : Measures.all()) {
            assertThat(CaseDocuments.measure(CaseDocuments.measure(measure, UnaryOperator.identity())))
                    .as(measure.kind().label()).isEqualTo(measure);
        }
        assertThat(Measures.all().map(Measure::kind).distinct()).hasSize(19);
    }

    private static Case fullCase() {
        return ACase.aCase()
                .withNeeds(new ResidentNeeds(List.of(new ReasonableAdjustment(AdjustmentKind.INTERPRETER, "Polish")),
                        "Recently bereaved."))
                .withAction()
                .warned()
                .withFurtherAction()
                .authorised(Measures.singlePointOfContact(), Measures.noEmail(), Measures.thirtyMinutesAWeek())
                .residentInformed()
                .withContact(20, Channel.PHONE)
                .appealed()
                .build();
    }

    @Test
    @DisplayName("a case with every part reads back part for part, history included")
    void wholeCase() {
        Case c = fullCase();
        Case read = StoredJson.caseFrom(StoredJson.snapshotOf(c));

        assertThat(read.id()).isEqualTo(c.id());
        assertThat(read.resident()).isEqualTo(c.resident());
        assertThat(read.version()).isEqualTo(c.version());
        assertThat(List.ofAll(read.actions())).isEqualTo(List.ofAll(c.actions()));
        assertThat(List.ofAll(read.warnings())).isEqualTo(List.ofAll(c.warnings()));
        assertThat(List.ofAll(read.decisions())).isEqualTo(List.ofAll(c.decisions()));
        assertThat(List.ofAll(read.appeals())).isEqualTo(List.ofAll(c.appeals()));
        assertThat(read.needs()).isEqualTo(c.needs());
        assertThat(List.ofAll(read.contacts())).isEqualTo(List.ofAll(c.contacts()));
        assertThat(List.ofAll(read.history())).isEqualTo(List.ofAll(c.history()));
        for (var event : c.history()) {
            assertThat(StoredJson.eventOf(event)).doesNotContain(c.resident().value(), c.id().toString());
        }
    }

    @Test
    @DisplayName("anonymised, the case keeps its structure but no resident reference and no free text")
    void anonymised() {
        Case c = fullCase();
        String json = StoredJson.snapshotOf(c.anonymise()); // the domain's rule, stored as any case is
        Case read = StoredJson.caseFrom(json);

        assertThat(json).doesNotContain(c.resident().value(), "Shouted", "Recently bereaved", "Polish",
                "continued to abuse");
        assertThat(read.resident().value()).isEqualTo("anonymised-" + c.id());
        assertThat(read.history().map(e -> e.resident().value())).containsOnly("anonymised-" + c.id());
        assertThat(read.actions().map(a -> a.kind())).isEqualTo(c.actions().map(a -> a.kind()));
        assertThat(read.decisions().head().measures().map(Measure::kind))
                .isEqualTo(c.decisions().head().measures().map(Measure::kind));
        assertThat(read.needs().vulnerabilityNotes()).isEqualTo(Case.REMOVED);
    }

    @Test
    @DisplayName("a snapshot in a format this version does not know is refused, not misread")
    void unknownFormat() {
        String json = StoredJson.snapshotOf(fullCase()).replace("\"format\":1", "\"format\":2");
        assertThatThrownBy(() -> StoredJson.caseFrom(json)).hasMessageContaining("format 2");
    }
}

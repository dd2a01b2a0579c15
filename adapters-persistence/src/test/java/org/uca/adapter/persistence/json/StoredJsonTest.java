package org.uca.adapter.persistence.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vavr.Tuple;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.domain.cases.AdjustmentKind;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.ReasonableAdjustment;
import org.uca.domain.cases.ResidentNeeds;
import org.uca.domain.fixtures.ACase;
import org.uca.domain.fixtures.Measures;
import org.uca.domain.measures.AppliesToServices;
import org.uca.domain.measures.LandlordService;
import org.uca.domain.measures.Measure;
import org.uca.domain.measures.ServiceScope;
import org.uca.domain.shared.Channel;

@DisplayName("The stored JSON of a case")
class StoredJsonTest {

    @Test
    @DisplayName("every kind of measure the policy names is stored and read back unchanged")
    void everyMeasure() {
        for (Measure measure : Measures.all()) {
            assertThat(CaseDocuments.measure(CaseDocuments.measure(measure)))
                    .as(measure.kind().label()).isEqualTo(measure);
        }
        assertThat(Measures.all().map(Measure::kind).distinct()).hasSize(19);
    }

    @Test
    @DisplayName("no blanket approach (LGSCO): a measure for named services reads back for those services; one stored"
            + " without services, as every measure was before scopes, applies to all our services")
    void servicesOfAMeasure() {
        Measure scoped = Measures.noTelephoneCalls().withScope(ServiceScope.only(LandlordService.REPAIRS,
                LandlordService.COMPLAINTS));

        CaseDocument.Measure stored = CaseDocuments.measure(scoped);

        assertThat(stored.services()).containsExactly("REPAIRS", "COMPLAINTS");
        assertThat(CaseDocuments.measure(stored)).isEqualTo(scoped);
        assertThat(StoredJson.MAPPER.writeValueAsString(CaseDocuments.measure(Measures.noTelephoneCalls())))
                .doesNotContain("services");
        CaseDocument.Measure before = StoredJson.MAPPER.readValue("{\"kind\":\"NO_TELEPHONE_CALLS\"}",
                CaseDocument.Measure.class);
        assertThat(((AppliesToServices) CaseDocuments.measure(before)).scope()).isEqualTo(ServiceScope.ALL);
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

    /** The case as the adapter stores it: its head, one document per part, one per event. */
    private static Case storedAndRead(Case c) {
        Map<StoredJson.Part, Seq<String>> parts = LinkedHashMap.ofEntries(List.of(StoredJson.Part.values())
                .map(p -> Tuple.of(p, p.of(c).map(value -> StoredJson.partOf(p, value)))));
        Seq<String> events = c.history().map(StoredJson::eventOf);
        return StoredJson.caseFrom(StoredJson.headOf(c), parts, c.version(),
                (id, resident) -> events.map(e -> StoredJson.eventFrom(e, id, resident)));
    }

    @Test
    @DisplayName("a case with every part reads back part for part, history included")
    void wholeCase() {
        Case c = fullCase();
        Case read = storedAndRead(c);

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
    @DisplayName("the head holds neither the history nor the parts that grow with the case")
    void headIsSmall() {
        String head = StoredJson.headOf(fullCase());

        assertThat(head).startsWith("{\"format\":2,").contains("\"needs\"")
                .doesNotContain("history", "actions", "warnings", "decisions", "appeals", "contacts");
        assertThat(StoredJson.partOf(StoredJson.Part.ACTION, fullCase().actions().head()))
                .startsWith("{\"format\":2,\"number\":1,");
    }

    @Test
    @DisplayName("anonymised, the case keeps its structure but no resident reference and no free text")
    void anonymised() {
        Case c = fullCase();
        Case anonymised = c.anonymise(); // the domain's rule, stored as any case is
        Case read = storedAndRead(anonymised);
        String json = StoredJson.snapshotOf(anonymised);

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
    @DisplayName("a document in a format newer than this version is refused with a clear error, not misread")
    void newerFormatRefused() {
        Case c = fullCase();
        String head = StoredJson.headOf(c).replace("\"format\":2", "\"format\":3");
        assertThatThrownBy(() -> StoredJson.caseFrom(head, LinkedHashMap.empty(), 0, (id, r) -> List.empty()))
                .hasMessage("A stored case document is in format 3, written by a newer version of UCA; this version"
                        + " reads formats up to 2. Run the newer version, or restore a backup taken before it ran.");
        String part = StoredJson.partOf(StoredJson.Part.ACTION, c.actions().head()).replace("\"format\":2",
                "\"format\":3");
        assertThatThrownBy(() -> StoredJson.caseFrom(StoredJson.headOf(c),
                LinkedHashMap.of(StoredJson.Part.ACTION, List.of(part)), 0, (id, r) -> List.empty()))
                .hasMessageContaining("A stored case part is in format 3");
        String event = StoredJson.eventOf(c.history().head()).replace("\"format\":2", "\"format\":3");
        assertThatThrownBy(() -> StoredJson.eventFrom(event, c.id(), c.resident()))
                .hasMessageContaining("A stored case event is in format 3");
    }

    @Test
    @DisplayName("a letter stored before letters had a reference and a named signatory (format 2, or unnumbered)"
            + " still reads, exactly as the resident received it; a letter reads back as written")
    void olderLettersRead() {
        String format2 = "{\"format\":2,\"kind\":\"WARNING\",\"caseId\":\"6f1c2e7a-3b4d-4e5f-8a9b-0c1d2e3f4a5b\","
                + "\"resident\":\"R-1001\",\"residentName\":\"Janet Morris\",\"address\":\"12 Elm Court\","
                + "\"date\":\"2026-11-03\",\"subject\":\"Your actions\",\"sections\":[{\"heading\":\"What happened\","
                + "\"paragraphs\":[\"On 2 November 2026 (phone): shouting.\"]}],\"signOff\":\"Yours sincerely,\\nHousing"
                + " Services\"}";
        for (String stored : List.of(format2, format2.replace("\"format\":2,", ""))) {
            org.uca.application.port.out.Letter old = StoredJson.letterFrom(stored);
            assertThat(old.reference()).isEmpty();
            assertThat(old.signatory()).isEqualTo(new org.uca.application.port.out.Letter.Signatory(
                    "Housing Services", ""));
            assertThat(old.signOff()).isEqualTo("Yours sincerely,\nHousing Services");
            assertThat(old.sections().single().paragraphs().single()).contains("shouting");
            assertThat(StoredJson.letterFrom(StoredJson.letterOf(old))).isEqualTo(old);
        }
    }
}

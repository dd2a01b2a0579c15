package org.uca.adapter.persistence.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.function.UnaryOperator;
import org.uca.application.port.out.Letter;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.CaseEvent;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The JSON the adapter keeps in text columns: case snapshots, events, letters and notification teams. */
public final class StoredJson {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_NULL))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private static final TypeReference<java.util.List<String>> STRINGS = new TypeReference<>() {
    };

    private StoredJson() {
    }

    /** The case as a snapshot document, every part of it. */
    public static String snapshotOf(Case c) {
        return MAPPER.writeValueAsString(CaseDocuments.toDocument(c, c.resident(), UnaryOperator.identity()));
    }

    /** The case a snapshot holds, rebuilt through the domain's own checks. */
    public static Case caseFrom(String snapshot) {
        return CaseDocuments.fromDocument(MAPPER.readValue(snapshot, CaseDocument.class));
    }

    /** One event of the timeline, without the case and resident (they are the case's). */
    public static String eventOf(CaseEvent event) {
        return MAPPER.writeValueAsString(CaseDocuments.event(event));
    }

    /** The event's name as stored ("MeasuresAuthorised"). */
    public static String typeOf(CaseEvent event) {
        return event.getClass().getSimpleName();
    }

    public static String letterOf(Letter letter) {
        return MAPPER.writeValueAsString(LetterDocument.of(letter));
    }

    public static Letter letterFrom(String json) {
        return MAPPER.readValue(json, LetterDocument.class).toLetter();
    }

    public static String listOf(Seq<String> values) {
        return MAPPER.writeValueAsString(values.toJavaList());
    }

    public static Seq<String> listFrom(String json) {
        return List.ofAll(MAPPER.readValue(json, STRINGS));
    }
}

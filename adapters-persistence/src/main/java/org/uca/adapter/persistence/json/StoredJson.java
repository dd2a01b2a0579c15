package org.uca.adapter.persistence.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.function.Function;
import org.uca.application.port.out.Letter;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.CaseEvent;
import org.uca.domain.cases.CaseId;
import org.uca.domain.guidance.GuidanceFacts;
import org.uca.domain.people.ResidentId;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON the adapter stores: a case as its head (uca_case) and one document per part (case_part), its events
 * (case_event), letters and notification teams. Every document carries its format number; reading brings an older
 * one to the current format through its {@link FormatChain}, and refuses one newer than this code.
 *
 * <table>
 *   <caption>Formats</caption>
 *   <tr><th>document</th><th>format 1</th><th>format 2 (current)</th></tr>
 *   <tr><td>case head</td><td>the whole case, parts and history</td><td>id, resident, needs; the parts are rows
 *   (a head may still hold its parts: format 1, or a bulk load; they become rows when the case is next saved)</td></tr>
 *   <tr><td>case part</td><td>—</td><td>one action, warning, decision, appeal, contact or filed
 *   correspondence</td></tr>
 *   <tr><td>case event</td><td>no format number</td><td>as format 1, numbered</td></tr>
 *   <tr><td>letter</td><td>no format number</td><td>as format 1, numbered (format 3: with a reference and a named
 *   signatory)</td></tr>
 * </table>
 */
public final class StoredJson {

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_NULL))
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    /** Guidance documents are read in one pass; one of another format may have other fields, and is then ignored. */
    private static final ObjectReader GUIDANCE = MAPPER.readerFor(GuidanceDocument.class)
            .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private static final TypeReference<java.util.List<String>> STRINGS = new TypeReference<>() {
    };

    /** The parts of a case stored one row each, and the field each fills in the case document. */
    public enum Part {
        ACTION("actions", Case::actions),
        WARNING("warnings", Case::warnings),
        DECISION("decisions", Case::decisions),
        APPEAL("appeals", Case::appeals),
        CONTACT("contacts", Case::contacts),
        CORRESPONDENCE("filedCorrespondence", Case::filedCorrespondence);

        private final String field;
        private final Function<Case, Seq<?>> of;

        Part(String field, Function<Case, Seq<?>> of) {
            this.field = field;
            this.of = of;
        }

        /** The case's parts of this kind, numbered 1, 2, 3 … in order. */
        public Seq<?> of(Case c) {
            return of.apply(c);
        }
    }

    // ---- formats: add a step here when a stored field changes meaning (and raise the format it writes) ----------

    /** Format 1 held the whole history as well; since format 2 it is only in case_event, where it always was. */
    private static final Upcaster CASE_1_TO_2 = step(1, document -> document.remove("history"));

    private static final FormatChain CASES = new FormatChain("case document", CaseDocument.FORMAT, 1,
            List.of(CASE_1_TO_2));
    private static final FormatChain PARTS = new FormatChain("case part", 2, 2, List.empty());
    /** Format 1 events carried no number; the fields are the same. */
    private static final FormatChain EVENTS = new FormatChain("case event", 2, 1,
            List.of(step(1, document -> { })));
    /** Format 1 letters carried no number; the fields are the same. */
    /** Format 3 adds the letter's reference and its named signatory; older letters had neither. */
    private static final FormatChain LETTERS = new FormatChain("letter", 3, 1, List.of(step(1, document -> { }),
            step(2, document -> document.put("reference", "").put("signatoryName", "Housing Services")
                    .put("signatoryJobTitle", ""))));

    private StoredJson() {
    }

    // ---- cases --------------------------------------------------------------------------------------------------

    /** The head of the case as stored in uca_case: everything but its history and the parts stored as rows. */
    public static String headOf(Case c) {
        ObjectNode document = MAPPER.valueToTree(CaseDocuments.toDocument(c));
        for (Part part : Part.values()) {
            document.remove(part.field);
        }
        return MAPPER.writeValueAsString(document);
    }

    /** One part of a case as stored in case_part; {@code value} is one of {@link Part#of(Case)}. */
    public static String partOf(Part part, Object value) {
        Object document = switch (part) {
            case ACTION -> CaseDocuments.action((org.uca.domain.cases.UnacceptableAction) value);
            case WARNING -> CaseDocuments.warning((org.uca.domain.cases.Warning) value);
            case DECISION -> CaseDocuments.decision((org.uca.domain.cases.Decision) value);
            case APPEAL -> CaseDocuments.appeal((org.uca.domain.cases.Appeal) value);
            case CONTACT -> CaseDocuments.contact((org.uca.domain.cases.ContactMade) value);
            case CORRESPONDENCE -> CaseDocuments.filed((org.uca.domain.cases.FiledCorrespondence) value);
        };
        return numbered(PARTS, document);
    }

    /**
     * The case a stored head and its part rows hold, rebuilt through the domain's own checks; each document is
     * first brought to the current format. The history is read only if someone asks for the timeline.
     *
     * @param parts   the part documents, by kind, in order of their numbers
     * @param version the case's version (its number of events)
     * @param history reads the case's events, oldest first
     */
    public static Case caseFrom(String head, Map<Part, ? extends Seq<String>> parts, long version,
            java.util.function.BiFunction<CaseId, ResidentId, Seq<CaseEvent>> history) {
        ObjectNode document = CASES.toCurrent(object(head));
        for (Part part : Part.values()) {
            Seq<String> rows = parts.get(part).map(s -> (Seq<String>) s).getOrElse(List.empty());
            if (document.has(part.field)) {
                if (!rows.isEmpty()) {
                    throw new IllegalStateException("Stored case " + document.get("id") + " holds its " + part.field
                            + " twice: in its head and as rows.");
                }
                continue; // a head that still holds its parts (format 1, or a bulk load)
            }
            ArrayNode array = document.putArray(part.field);
            rows.forEach(row -> array.add(withoutNumber(PARTS, row)));
        }
        document.put(FormatChain.FORMAT, CaseDocument.FORMAT);
        return CaseDocuments.fromDocument(MAPPER.treeToValue(document, CaseDocument.class), version, history);
    }

    /** The whole case in one document (format 2, parts included, no history): for bulk loads and exports. */
    public static String snapshotOf(Case c) {
        return MAPPER.writeValueAsString(CaseDocuments.toDocument(c));
    }

    /**
     * The case one document holds whole: a format-1 snapshot with its history, or a format-2 document from
     * {@link #snapshotOf} (which holds no history: the case is then rebuilt at version 0).
     */
    public static Case caseFrom(String snapshot) {
        ObjectNode document = object(snapshot);
        JsonNode history = document.get("history");
        java.util.List<EventDocument> events = history == null ? java.util.List.of()
                : MAPPER.treeToValue(history, new TypeReference<java.util.List<EventDocument>>() { });
        return caseFrom(snapshot, io.vavr.collection.HashMap.empty(), events.size(),
                (id, resident) -> List.ofAll(events).map(e -> CaseDocuments.event(e, id, resident)));
    }

    /** One event of the timeline, without the case and resident (they are the case's). */
    public static String eventOf(CaseEvent event) {
        return numbered(EVENTS, CaseDocuments.event(event));
    }

    /** The event a stored document holds, of this case and resident. */
    public static CaseEvent eventFrom(String payload, CaseId caseId, ResidentId resident) {
        return CaseDocuments.event(MAPPER.treeToValue(withoutNumber(EVENTS, payload), EventDocument.class), caseId,
                resident);
    }

    /** The event's name as stored ("MeasuresAuthorised"). */
    public static String typeOf(CaseEvent event) {
        return event.getClass().getSimpleName();
    }

    // ---- the guidance read model -------------------------------------------------------------------------------

    /** The case's guidance facts as kept beside its head. */
    public static String guidanceOf(Case c) {
        return MAPPER.writeValueAsString(GuidanceDocument.of(GuidanceFacts.of(c)));
    }

    /**
     * The guidance facts a kept document holds; none if it is in another format than this code writes, or cannot be
     * read as this format (a read model is rebuilt from the case, never upcast).
     */
    public static Option<GuidanceFacts> guidanceFrom(String json, ResidentId resident) {
        try {
            GuidanceDocument document = GUIDANCE.readValue(json);
            return document.format() == GuidanceDocument.FORMAT ? Option.some(document.toFacts(resident))
                    : Option.none();
        } catch (RuntimeException unreadable) {
            return Option.none(); // another format's fields or a measure this code does not know: read the case
        }
    }

    // ---- letters and lists --------------------------------------------------------------------------------------

    public static String letterOf(Letter letter) {
        return numbered(LETTERS, LetterDocument.of(letter));
    }

    public static Letter letterFrom(String json) {
        return MAPPER.treeToValue(withoutNumber(LETTERS, json), LetterDocument.class).toLetter();
    }

    /** A letter as stored, in the current format (for the subject-access export). */
    static LetterDocument letterDocument(String json) {
        return MAPPER.treeToValue(withoutNumber(LETTERS, json), LetterDocument.class);
    }

    public static String listOf(Seq<String> values) {
        return MAPPER.writeValueAsString(values.toJavaList());
    }

    public static Seq<String> listFrom(String json) {
        return List.ofAll(MAPPER.readValue(json, STRINGS));
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /** The document with its format number first. */
    private static String numbered(FormatChain chain, Object document) {
        ObjectNode numbered = MAPPER.createObjectNode().put(FormatChain.FORMAT, chain.current());
        numbered.setAll((ObjectNode) MAPPER.valueToTree(document));
        return MAPPER.writeValueAsString(numbered);
    }

    private static ObjectNode withoutNumber(FormatChain chain, String json) {
        ObjectNode document = chain.toCurrent(object(json));
        document.remove(FormatChain.FORMAT);
        return document;
    }

    private static ObjectNode object(String json) {
        JsonNode node = MAPPER.readTree(json);
        if (!(node instanceof ObjectNode document)) {
            throw new IllegalStateException("A stored document is not a JSON object.");
        }
        return document;
    }

    private static Upcaster step(int from, java.util.function.Consumer<ObjectNode> change) {
        return new Upcaster() {
            @Override
            public int from() {
                return from;
            }

            @Override
            public void upcast(ObjectNode document) {
                change.accept(document);
            }
        };
    }
}

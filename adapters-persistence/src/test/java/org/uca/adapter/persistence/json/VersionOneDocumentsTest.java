package org.uca.adapter.persistence.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.collection.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.uca.adapter.persistence.formats.VersionOneCase;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.CaseEvent;

@DisplayName("Documents stored in format 1 (before issue 10) are read as the case they were")
class VersionOneDocumentsTest {

    private static String resource(String name) {
        return VersionOneCase.resource(name);
    }

    private static void sameCase(Case read, Case expected) {
        VersionOneCase.assertSameCase(read, expected);
    }

    @Test
    @DisplayName("a format-1 snapshot, history and all, is upcast to format 2 and rebuilt part for part")
    void snapshot() {
        String v1 = resource("case-v1.json");
        assertThat(v1).startsWith("{\"format\":1,").contains("\"history\":[");

        sameCase(StoredJson.caseFrom(v1), VersionOneCase.theCase());
    }

    @Test
    @DisplayName("a format-1 head with its events read from their rows is the same case")
    void headWithEventRows() {
        Case expected = VersionOneCase.theCase();
        String rows = resource("v1-rows.sql");
        List<String> payloads = payloadsOf(rows);
        assertThat(payloads).hasSize((int) expected.version()).allSatisfy(p -> assertThat(p).doesNotContain("format"));

        Case read = StoredJson.caseFrom(resource("case-v1.json"), io.vavr.collection.HashMap.empty(),
                expected.version(), (id, resident) -> payloads.map(p -> StoredJson.eventFrom(p, id, resident)));

        sameCase(read, expected);
    }

    @Test
    @DisplayName("a format-1 event carries no format number and reads as the event it was")
    void event() {
        Case expected = VersionOneCase.theCase();
        List<CaseEvent> read = payloadsOf(resource("v1-rows.sql"))
                .map(p -> StoredJson.eventFrom(p, expected.id(), expected.resident()));

        assertThat(read).isEqualTo(List.ofAll(expected.history()));
    }

    /** The payload column of each case_event insert in the fixture, in order. */
    private static List<String> payloadsOf(String sql) {
        Matcher m = Pattern.compile("insert into case_event \\([^)]*\\)\\s*values \\((.*)\\);").matcher(sql);
        List<String> payloads = List.empty();
        while (m.find()) {
            String values = m.group(1);
            int start = values.lastIndexOf(", '{") + 3;
            payloads = payloads.append(values.substring(start, values.length() - 1).replace("''", "'"));
        }
        return payloads;
    }
}

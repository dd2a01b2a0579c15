package org.uca.adapter.web.api.json;

import java.util.List;
import org.uca.application.port.out.Letter;

/** A letter to the resident, ready to send: warning, decision, appeal outcome or review. */
public record LetterJson(Letter.Kind kind, String caseId, String resident, String residentName, String address,
        String date, String subject, List<Section> sections, String signOff) {

    public record Section(String heading, List<String> paragraphs) {
    }

    public static LetterJson from(Letter l) {
        return new LetterJson(l.kind(), l.caseId().toString(), l.resident().value(), l.residentName(), l.address(),
                l.date().toString(), l.subject(), l.sections().map(s -> new Section(s.heading(),
                        s.paragraphs().toJavaList())).toJavaList(), l.signOff());
    }
}

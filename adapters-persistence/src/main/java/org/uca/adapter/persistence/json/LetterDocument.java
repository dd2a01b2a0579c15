package org.uca.adapter.persistence.json;

import io.vavr.collection.List;
import java.time.LocalDate;
import java.util.UUID;
import org.uca.application.port.out.Letter;
import org.uca.domain.cases.CaseId;
import org.uca.domain.people.ResidentId;

/** An issued letter as stored: the structured content, exactly as the resident received it. */
record LetterDocument(String kind, String caseId, String resident, String residentName, String address,
        LocalDate date, String reference, String subject, java.util.List<Section> sections, String signOff,
        String signatoryName, String signatoryJobTitle) {

    record Section(String heading, java.util.List<String> paragraphs) {
    }

    static LetterDocument of(Letter l) {
        return new LetterDocument(l.kind().name(), l.caseId().toString(), l.resident().value(), l.residentName(),
                l.address(), l.date(), l.reference(), l.subject(),
                l.sections().map(s -> new Section(s.heading(), s.paragraphs().toJavaList())).toJavaList(),
                l.signOff(), l.signatory().name(), l.signatory().jobTitle());
    }

    Letter toLetter() {
        return new Letter(Letter.Kind.valueOf(kind), new CaseId(UUID.fromString(caseId)), new ResidentId(resident),
                residentName, address, date, reference, subject,
                List.ofAll(sections).map(s -> new Letter.Section(s.heading(), List.ofAll(s.paragraphs()))), signOff,
                new Letter.Signatory(signatoryName, signatoryJobTitle));
    }
}

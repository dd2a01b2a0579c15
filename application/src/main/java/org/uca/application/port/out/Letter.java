package org.uca.application.port.out;

import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.Objects;
import org.uca.domain.cases.CaseId;
import org.uca.domain.people.ResidentId;

/**
 * A letter to a resident as structured content: sections of plain-English paragraphs that any adapter can render
 * (HTML for print, PDF, email).
 */
public record Letter(Kind kind, CaseId caseId, ResidentId resident, String residentName, String address,
        LocalDate date, String subject, Seq<Section> sections, String signOff) {

    public Letter {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(resident, "resident");
        Objects.requireNonNull(residentName, "residentName");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(sections, "sections");
        Objects.requireNonNull(signOff, "signOff");
    }

    public enum Kind {
        WARNING("Warning letter"), DECISION("Decision letter"), APPEAL_OUTCOME("Appeal outcome letter"),
        REVIEW_OUTCOME("Review outcome letter");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public record Section(String heading, Seq<String> paragraphs) {
        public Section {
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(paragraphs, "paragraphs");
        }
    }

    /** All the letter's text, for searching and tests. */
    public String plainText() {
        return subject + "\n" + sections.map(s -> s.heading() + "\n" + s.paragraphs().mkString("\n")).mkString("\n");
    }
}

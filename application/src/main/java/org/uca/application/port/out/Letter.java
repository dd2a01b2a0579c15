package org.uca.application.port.out;

import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.Objects;
import org.uca.domain.cases.CaseId;
import org.uca.domain.people.ResidentId;

/**
 * A letter to a resident as structured content: sections of plain-English paragraphs that any adapter can render
 * (HTML for print, PDF, email). The landlord's own details (address, phone, logo) are the renderer's: they are
 * configuration, not case content.
 *
 * @param reference the case's reference and the letter's kind and number ("UCA-3F2A9C1B/D2"), for the resident to
 *                  quote
 * @param signOff   the closing line above the signatory ("Yours sincerely,")
 * @param signatory who signs: the person who issued the warning, authorised the decision, decided the appeal or
 *                  reviewed the restriction
 */
public record Letter(Kind kind, CaseId caseId, ResidentId resident, String residentName, String address,
        LocalDate date, String reference, String subject, Seq<Section> sections, String signOff,
        Signatory signatory) {

    public Letter {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(resident, "resident");
        Objects.requireNonNull(residentName, "residentName");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(sections, "sections");
        // a section with nothing to say (no essential works, no complaints limit) is not printed, heading and all
        sections = sections.filter(s -> !s.paragraphs().isEmpty());
        Objects.requireNonNull(signOff, "signOff");
        Objects.requireNonNull(signatory, "signatory");
    }

    /**
     * A letter without a reference or a named signatory, signed for Housing Services: as letters were before both
     * were written on every letter (kept so that code written against that shape still compiles; UCA's own letters
     * always carry both).
     */
    public Letter(Kind kind, CaseId caseId, ResidentId resident, String residentName, String address, LocalDate date,
            String subject, Seq<Section> sections, String signOff) {
        this(kind, caseId, resident, residentName, address, date, "", subject, sections, signOff,
                new Signatory("Housing Services", ""));
    }

    /** The opening heading of a copy kept for the record: a letter a corrected letter replaced. */
    public static final String SUPERSEDED = "Superseded letter: do not send";
    /** The opening heading of a copy kept for the record: a letter about a record entered in error. */
    public static final String WITHDRAWN = "Withdrawn letter: do not send";

    /**
     * Whether this is a copy kept for the record (superseded by a corrected letter, or withdrawn because what it told
     * of was entered in error), which is never sent again.
     */
    public boolean keptForTheRecord() {
        return !sections.isEmpty() && (sections.head().heading().equals(SUPERSEDED)
                || sections.head().heading().equals(WITHDRAWN));
    }

    public enum Kind {
        WARNING("Warning letter", "W"), DECISION("Decision letter", "D"), APPEAL_OUTCOME("Appeal outcome letter", "A"),
        REVIEW_OUTCOME("Review outcome letter", "R"),
        /** A warning or decision the resident was told of has been withdrawn as entered in error. */
        CORRECTION("Correction letter", "C"),
        /** A restriction has ended because it was not reviewed in time (it lapsed). */
        LAPSE("Restriction ended letter", "L");

        private final String label;
        private final String code;

        Kind(String label, String code) {
            this.label = label;
            this.code = code;
        }

        public String label() {
            return label;
        }

        /**
         * The letter in the reference: W (warning), D (decision), A (appeal outcome), R (review outcome), C
         * (correction, after the letter it corrects: W1-C), L (a restriction ended because it
         * was not reviewed in time, after its decision: D1-L).
         */
        public String code() {
            return code;
        }
    }

    public record Section(String heading, Seq<String> paragraphs) {
        public Section {
            Objects.requireNonNull(heading, "heading");
            Objects.requireNonNull(paragraphs, "paragraphs");
        }
    }

    /** The person who signs the letter, by name and job title. */
    public record Signatory(String name, String jobTitle) {
        public Signatory {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(jobTitle, "jobTitle");
        }
    }

    /** All the letter's text, for searching and tests. */
    public String plainText() {
        return reference + "\n" + subject + "\n"
                + sections.map(s -> s.heading() + "\n" + s.paragraphs().mkString("\n")).mkString("\n") + "\n"
                + signOff + "\n" + signatory.name() + "\n" + signatory.jobTitle();
    }
}

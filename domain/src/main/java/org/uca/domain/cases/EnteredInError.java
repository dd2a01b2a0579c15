package org.uca.domain.cases;

import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.uca.domain.people.StaffId;
import org.uca.domain.shared.Refusal;

/**
 * A record that should never have been made (UK GDPR Article 16, rectification): who said so, when and why. Unlike
 * a lifted or ended restriction nothing happened that ended it; it was wrong from the start. The original stays in
 * the case, and on its timeline, marked with this.
 */
@ValueObject
public record EnteredInError(StaffId by, Instant at, String reason) {

    public EnteredInError {
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(reason, "reason");
    }

    /** What was entered in error: the kinds of record on a case that can be. */
    public enum Part {
        ACTION("action", "Unacceptable action"), WARNING("warning", "Warning"), DECISION("decision", "Decision");

        private final String word;
        private final String label;

        Part(String word, String label) {
            this.word = word;
            this.label = label;
        }

        /** The word in a sentence and in an address: "action", "warning", "decision". */
        public String word() {
            return word;
        }

        public String label() {
            return label;
        }

        /** The refusal for a number the case holds no record of this kind under (none is numbered below 1). */
        public Refusal noneNumbered(int number) {
            return Refusal.of(word, "There is no " + word + " " + number + " on this case.");
        }
    }
}

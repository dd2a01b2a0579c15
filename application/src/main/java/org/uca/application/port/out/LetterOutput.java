package org.uca.application.port.out;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.uca.domain.cases.CaseId;
import org.uca.domain.people.StaffId;

/** Where letters to residents go once issued (a print queue, a document store), and how each was sent. */
public interface LetterOutput {

    void issue(Letter letter);

    /** Records how a letter was sent; an e-mail is then waiting for the relay. */
    void sent(Sending sending);

    /** How the case's letters were sent, oldest first. */
    Seq<Sending> sendings(CaseId caseId);

    /** How a letter reached (or is on its way to) the resident. */
    enum How {
        POSTED("Posted"), HANDED_OVER("Handed over"), EMAILED("E-mailed");

        private final String label;

        How(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One sending of a letter.
     *
     * @param letter    the letter's place in the case, as its address says: {@code decision/1}, {@code review/1/2}
     * @param emailTo   the resident's address, for an e-mail
     * @param emailedAt when the mail server accepted the e-mail (none: waiting, or not an e-mail)
     */
    record Sending(CaseId caseId, String letter, How how, StaffId by, Instant at, Option<String> emailTo,
            Option<Instant> emailedAt) {
        public Sending {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(letter, "letter");
            Objects.requireNonNull(how, "how");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(emailTo, "emailTo");
            Objects.requireNonNull(emailedAt, "emailedAt");
        }
    }
}

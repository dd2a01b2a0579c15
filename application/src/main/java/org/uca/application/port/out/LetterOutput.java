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

    /**
     * Letters e-mailed to residents that the mail server has not accepted after at least {@code attempts} attempts,
     * oldest first, at most {@code limit}: what an administrator looks at when deliveries keep failing.
     */
    Seq<EmailNotDelivered> emailsNotDelivered(int attempts, int limit);

    /** The letter e-mail, while it is not delivered. */
    Option<EmailNotDelivered> emailNotDelivered(long id);

    /** The letter e-mail is to be tried at {@code at} (at the relay's next run, for now). */
    void retryEmailAt(long id, Instant at);

    /**
     * A letter e-mail not delivered yet.
     *
     * @param nextAttemptAt not tried before then (none: at the relay's next run)
     */
    record EmailNotDelivered(long id, CaseId caseId, String letter, String emailTo, Instant at, int attempts,
            Option<String> lastError, Option<Instant> nextAttemptAt) {
        public EmailNotDelivered {
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(letter, "letter");
            Objects.requireNonNull(emailTo, "emailTo");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(lastError, "lastError");
            Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        }
    }

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

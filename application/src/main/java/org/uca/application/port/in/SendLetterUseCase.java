package org.uca.application.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.util.Objects;
import org.uca.application.port.out.LetterOutput.How;
import org.uca.domain.cases.CaseId;
import org.uca.domain.people.StaffId;

/**
 * Recording how a letter reached the resident — posted, handed over, or e-mailed with the letter attached as a PDF
 * (through the notification relay) — when and by whom. E-mail only when the guidance allows e-mail contact with
 * the resident and an address is held for them.
 */
public interface SendLetterUseCase {

    Either<Failure, Sent> recordSending(StaffId actingStaff, CaseId caseId, LetterQuery.Which which, How how);

    /** How the case's letters were sent, oldest first. */
    Either<Failure, Seq<Sent>> sendings(StaffId askedBy, CaseId caseId);

    /**
     * How one letter was sent, oldest first: the letter as it stands, and apart from it the letters it corrected
     * and replaced (a sending is of the letter at its address when it was made).
     */
    Either<Failure, OneLetter> sendingsOf(StaffId askedBy, CaseId caseId, LetterQuery.Which which);

    /** @param lettersItReplaced sendings made before the letter's last correction: of the letters it replaced */
    record OneLetter(Seq<Sent> thisLetter, Seq<Sent> lettersItReplaced) {
        public OneLetter {
            Objects.requireNonNull(thisLetter, "thisLetter");
            Objects.requireNonNull(lettersItReplaced, "lettersItReplaced");
        }
    }

    /** The letter's place in the case, as its address names it: {@code decision/1}, {@code review/1/2},
     * {@code correction/warning/1}, {@code lapse/1}; a superseded letter
     * (kept for the record, never sent again) {@code warning/1/superseded/1}. */
    static String letterPath(LetterQuery.Which which) {
        return which.fold(w -> "warning/" + w.warning().number() + w.superseded().map(e -> "/superseded/" + e)
                        .getOrElse(""),
                d -> "decision/" + d.decision().number() + d.superseded().map(e -> "/superseded/" + e).getOrElse(""),
                a -> "appeal/" + a.appeal().number(), r -> "review/" + r.decision().number() + "/" + r.review(),
                c -> "correction/" + c.part().word() + "/" + c.number(), l -> "lapse/" + l.decision().number());
    }

    /** The letter at {@link #letterPath}, or none for a path that names no letter. */
    static Option<LetterQuery.Which> letterAt(String path) {
        String[] parts = path.split("/");
        try {
            if (parts.length == 2 && parts[0].equals("warning")) {
                return Option.some(new LetterQuery.Which.ForWarning(new org.uca.domain.cases.WarningId(
                        Integer.parseInt(parts[1]))));
            }
            if (parts.length == 2 && parts[0].equals("decision")) {
                return Option.some(new LetterQuery.Which.ForDecision(new org.uca.domain.cases.DecisionId(
                        Integer.parseInt(parts[1]))));
            }
            if (parts.length == 2 && parts[0].equals("lapse")) {
                return Option.some(new LetterQuery.Which.ForLapse(new org.uca.domain.cases.DecisionId(
                        Integer.parseInt(parts[1]))));
            }
            if (parts.length == 2 && parts[0].equals("appeal")) {
                return Option.some(new LetterQuery.Which.ForAppeal(new org.uca.domain.cases.AppealId(
                        Integer.parseInt(parts[1]))));
            }
            if (parts.length == 3 && parts[0].equals("correction")) {
                for (org.uca.domain.cases.EnteredInError.Part part : org.uca.domain.cases.EnteredInError.Part.values()) {
                    if (part.word().equals(parts[1]) && part != org.uca.domain.cases.EnteredInError.Part.ACTION) {
                        return Option.some(new LetterQuery.Which.ForCorrection(part, Integer.parseInt(parts[2])));
                    }
                }
                return Option.none();
            }
            if (parts.length == 3 && parts[0].equals("review")) {
                return Option.some(new LetterQuery.Which.ForReview(new org.uca.domain.cases.DecisionId(
                        Integer.parseInt(parts[1])), Integer.parseInt(parts[2])));
            }
        } catch (IllegalArgumentException notANumber) {
            return Option.none();
        }
        return Option.none();
    }

    /** @param emailedAt for an e-mail, when the mail server accepted it (none: on its way) */
    record Sent(String letter, How how, StaffId by, String byName, Instant at, Option<String> emailTo,
            Option<Instant> emailedAt) {
        public Sent {
            Objects.requireNonNull(letter, "letter");
            Objects.requireNonNull(how, "how");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(byName, "byName");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(emailTo, "emailTo");
            Objects.requireNonNull(emailedAt, "emailedAt");
        }
    }
}

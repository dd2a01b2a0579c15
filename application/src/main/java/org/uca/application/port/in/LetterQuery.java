package org.uca.application.port.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import java.util.function.Function;
import org.uca.application.port.out.Letter;
import org.uca.domain.cases.AppealId;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.cases.EnteredInError;
import org.uca.domain.cases.WarningId;
import org.uca.domain.people.StaffId;

/**
 * Any letter of a case, produced again from the case as it stands (for reprinting: its page and its PDF alike).
 *
 * <p>Each answer is personal data: who asked is logged as a look ({@code AccessLog}) before it is given, and the
 * answer is withheld ({@link Failure.Unavailable}) if the line cannot be written.
 */
public interface LetterQuery {

    /** The letter as a page (to read or print). */
    default Either<Failure, Letter> letter(StaffId askedBy, CaseId caseId, Which which) {
        return letter(askedBy, caseId, which, Copy.PAGE);
    }

    /** The letter, to be shown as {@code copy}: the line saying who looked says which. */
    Either<Failure, Letter> letter(StaffId askedBy, CaseId caseId, Which which, Copy copy);

    /** How a letter is shown. */
    enum Copy {
        PAGE("page"), PDF("PDF");

        private final String label;

        Copy(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * Which letter. {@link #fold}: a new kind of letter adds a parameter there, so nothing that answers for letters
     * compiles without it.
     */
    sealed interface Which {
        <T> T fold(Function<? super ForWarning, ? extends T> warning, Function<? super ForDecision, ? extends T> decision,
                Function<? super ForAppeal, ? extends T> appeal, Function<? super ForReview, ? extends T> review,
                Function<? super ForCorrection, ? extends T> correction,
                Function<? super ForLapse, ? extends T> lapse);

        /**
         * The decision this letter tells the resident of, if it is about one: its decision letter, and the letters of
         * its review, its correction and its lapse.
         */
        default Option<DecisionId> decisionToldOf() {
            return fold(w -> Option.none(), d -> Option.some(d.decision()), a -> Option.none(),
                    r -> Option.some(r.decision()), k -> k.part() == EnteredInError.Part.DECISION
                            ? Option.some(new DecisionId(k.number())) : Option.none(),
                    l -> Option.some(l.decision()));
        }

        /**
         * @param superseded the letter the resident had before that correction replaced it (1 is the first letter
         *                   sent), kept for the record; none: the letter as it stands
         */
        record ForWarning(WarningId warning, Option<Integer> superseded) implements Which {
            public ForWarning {
                Objects.requireNonNull(warning, "warning");
                Objects.requireNonNull(superseded, "superseded");
            }

            /** The letter as it stands. */
            public ForWarning(WarningId warning) {
                this(warning, Option.none());
            }

            @Override
            public <T> T fold(Function<? super ForWarning, ? extends T> warning,
                    Function<? super ForDecision, ? extends T> decision, Function<? super ForAppeal, ? extends T> appeal,
                    Function<? super ForReview, ? extends T> review,
                    Function<? super ForCorrection, ? extends T> correction,
                    Function<? super ForLapse, ? extends T> lapse) {
                return warning.apply(this);
            }
        }

        /**
         * @param superseded the letter the resident had before that correction replaced it (1 is the first letter
         *                   sent), kept for the record; none: the letter as it stands
         */
        record ForDecision(DecisionId decision, Option<Integer> superseded) implements Which {
            public ForDecision {
                Objects.requireNonNull(decision, "decision");
                Objects.requireNonNull(superseded, "superseded");
            }

            /** The letter as it stands. */
            public ForDecision(DecisionId decision) {
                this(decision, Option.none());
            }

            @Override
            public <T> T fold(Function<? super ForWarning, ? extends T> warning,
                    Function<? super ForDecision, ? extends T> decision, Function<? super ForAppeal, ? extends T> appeal,
                    Function<? super ForReview, ? extends T> review,
                    Function<? super ForCorrection, ? extends T> correction,
                    Function<? super ForLapse, ? extends T> lapse) {
                return decision.apply(this);
            }
        }

        record ForAppeal(AppealId appeal) implements Which {
            @Override
            public <T> T fold(Function<? super ForWarning, ? extends T> warning,
                    Function<? super ForDecision, ? extends T> decision, Function<? super ForAppeal, ? extends T> appeal,
                    Function<? super ForReview, ? extends T> review,
                    Function<? super ForCorrection, ? extends T> correction,
                    Function<? super ForLapse, ? extends T> lapse) {
                return appeal.apply(this);
            }
        }

        /** @param review the review's number for that decision, from 1 */
        record ForReview(DecisionId decision, int review) implements Which {
            @Override
            public <T> T fold(Function<? super ForWarning, ? extends T> warning,
                    Function<? super ForDecision, ? extends T> decision, Function<? super ForAppeal, ? extends T> appeal,
                    Function<? super ForReview, ? extends T> review,
                    Function<? super ForCorrection, ? extends T> correction,
                    Function<? super ForLapse, ? extends T> lapse) {
                return review.apply(this);
            }
        }

        /** The correction letter for a warning or decision the resident was told of, now entered in error. */
        record ForCorrection(EnteredInError.Part part, int number) implements Which {
            @Override
            public <T> T fold(Function<? super ForWarning, ? extends T> warning,
                    Function<? super ForDecision, ? extends T> decision, Function<? super ForAppeal, ? extends T> appeal,
                    Function<? super ForReview, ? extends T> review,
                    Function<? super ForCorrection, ? extends T> correction,
                    Function<? super ForLapse, ? extends T> lapse) {
                return correction.apply(this);
            }
        }

        /** The letter telling the resident a restriction ended because it was not reviewed in time (it lapsed). */
        record ForLapse(DecisionId decision) implements Which {
            public ForLapse {
                Objects.requireNonNull(decision, "decision");
            }

            @Override
            public <T> T fold(Function<? super ForWarning, ? extends T> warning,
                    Function<? super ForDecision, ? extends T> decision, Function<? super ForAppeal, ? extends T> appeal,
                    Function<? super ForReview, ? extends T> review,
                    Function<? super ForCorrection, ? extends T> correction,
                    Function<? super ForLapse, ? extends T> lapse) {
                return lapse.apply(this);
            }
        }
    }
}

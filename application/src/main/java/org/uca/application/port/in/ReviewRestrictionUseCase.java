package org.uca.application.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;
import org.uca.application.port.out.Letter;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.cases.ReviewOutcome;
import org.uca.domain.measures.Measure;
import org.uca.domain.people.StaffId;

/** Reviews a restriction: continue, vary or lift it, with reasons and the next review date; a review letter. */
public interface ReviewRestrictionUseCase {

    Either<Failure, Letter> review(Command command);

    /**
     * {@code seen} is the version of the case the change was asked for from; when given, a case changed since is
     * refused as {@link Failure.Stale} and nothing is saved. Front ends always give it; leave it out only where
     * the caller shows no one the case first (the console, a test).
     */
    record Command(StaffId actingStaff, CaseId caseId, DecisionId decision, ReviewOutcome outcome,
            Seq<Measure> variedMeasures, String reasons, Option<LocalDate> nextReviewDate,
            Option<CaseVersion> seen) implements CaseChange<Command> {
        public Command {
            Objects.requireNonNull(actingStaff, "actingStaff");
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(variedMeasures, "variedMeasures");
            Objects.requireNonNull(nextReviewDate, "nextReviewDate");
            Objects.requireNonNull(seen, "seen");
        }

        /** A command that does not check which version of the case it was asked from. */
        public Command(StaffId actingStaff, CaseId caseId, DecisionId decision, ReviewOutcome outcome,
                Seq<Measure> variedMeasures, String reasons, Option<LocalDate> nextReviewDate) {
            this(actingStaff, caseId, decision, outcome, variedMeasures, reasons, nextReviewDate, Option.none());
        }

        @Override
        public Command seenAt(CaseVersion version) {
            return new Command(actingStaff, caseId, decision, outcome, variedMeasures, reasons, nextReviewDate,
                    Option.some(version));
        }
    }
}

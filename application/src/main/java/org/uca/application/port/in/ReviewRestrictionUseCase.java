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

    record Command(StaffId actingStaff, CaseId caseId, DecisionId decision, ReviewOutcome outcome,
            Seq<Measure> variedMeasures, String reasons, Option<LocalDate> nextReviewDate) {
        public Command {
            Objects.requireNonNull(actingStaff, "actingStaff");
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(variedMeasures, "variedMeasures");
            Objects.requireNonNull(nextReviewDate, "nextReviewDate");
        }
    }
}

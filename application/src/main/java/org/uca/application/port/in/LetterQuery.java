package org.uca.application.port.in;

import io.vavr.control.Either;
import org.uca.application.port.out.Letter;
import org.uca.domain.cases.AppealId;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.cases.WarningId;
import org.uca.domain.people.StaffId;

/** Any letter of a case, produced again from the case as it stands (for reprinting). */
public interface LetterQuery {

    Either<Failure, Letter> letter(StaffId askedBy, CaseId caseId, Which which);

    sealed interface Which {
        record ForWarning(WarningId warning) implements Which {
        }

        record ForDecision(DecisionId decision) implements Which {
        }

        record ForAppeal(AppealId appeal) implements Which {
        }

        /** @param review the review's number for that decision, from 1 */
        record ForReview(DecisionId decision, int review) implements Which {
        }
    }
}

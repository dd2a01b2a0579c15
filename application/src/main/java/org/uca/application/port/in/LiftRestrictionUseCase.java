package org.uca.application.port.in;

import io.vavr.control.Either;
import java.util.Objects;
import org.uca.application.port.out.Letter;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.people.StaffId;

/** Ends a restriction before or at its review; the resident is sent a review outcome letter. */
public interface LiftRestrictionUseCase {

    Either<Failure, Letter> lift(Command command);

    record Command(StaffId actingStaff, CaseId caseId, DecisionId decision, String reasons) {
        public Command {
            Objects.requireNonNull(actingStaff, "actingStaff");
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(decision, "decision");
        }
    }
}

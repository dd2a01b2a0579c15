package org.uca.application.port.in;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.Objects;
import org.uca.domain.cases.AppealId;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.people.AuthorityLevel;
import org.uca.domain.people.StaffId;

/** Records a resident's appeal against a decision, due for review within 10 working days of receipt. */
public interface LodgeAppealUseCase {

    Either<Failure, Lodged> lodgeAppeal(Command command);

    record Command(StaffId actingStaff, CaseId caseId, DecisionId decision, LocalDate received, String grounds) {
        public Command {
            Objects.requireNonNull(actingStaff, "actingStaff");
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(received, "received");
        }
    }

    record Lodged(AppealId appeal, LocalDate dueBy, AuthorityLevel reviewLevel) {
    }
}

package org.uca.application.port.in;

import io.vavr.control.Either;
import java.util.Objects;
import org.uca.application.port.out.Letter;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.cases.ResidentInformed;
import org.uca.domain.people.StaffId;

/** Records that the resident was told of a decision (when, by whom, how), and issues the decision letter. */
public interface RecordResidentInformedUseCase {

    Either<Failure, Letter> recordResidentInformed(Command command);

    record Command(StaffId actingStaff, CaseId caseId, DecisionId decision, ResidentInformed informed) {
        public Command {
            Objects.requireNonNull(actingStaff, "actingStaff");
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(informed, "informed");
        }
    }
}

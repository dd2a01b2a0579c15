package org.uca.application.port.in;

import io.vavr.control.Either;
import java.util.Objects;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.ResidentNeeds;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;

/** Records a resident's reasonable adjustments and vulnerability; a case is opened if needed. */
public interface RecordResidentNeedsUseCase {

    Either<Failure, CaseId> recordNeeds(Command command);

    record Command(StaffId actingStaff, ResidentId resident, ResidentNeeds needs) {
        public Command {
            Objects.requireNonNull(actingStaff, "actingStaff");
            Objects.requireNonNull(resident, "resident");
            Objects.requireNonNull(needs, "needs");
        }
    }
}

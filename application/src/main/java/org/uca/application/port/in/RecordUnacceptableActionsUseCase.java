package org.uca.application.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.Objects;
import org.uca.domain.cases.ActionId;
import org.uca.domain.cases.ActionReport;
import org.uca.domain.cases.CaseId;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;

/** A member of staff records one or several unacceptable actions by a resident; a case is opened if needed. */
public interface RecordUnacceptableActionsUseCase {

    Either<Failure, Recorded> recordActions(Command command);

    record Command(StaffId actingStaff, ResidentId resident, Seq<ActionReport> reports) {
        public Command {
            Objects.requireNonNull(actingStaff, "actingStaff");
            Objects.requireNonNull(resident, "resident");
            Objects.requireNonNull(reports, "reports");
        }
    }

    record Recorded(CaseId caseId, Seq<ActionId> actions) {
    }
}

package org.uca.application.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.Objects;
import org.uca.application.port.out.Letter;
import org.uca.domain.cases.ActionId;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.WarningId;
import org.uca.domain.people.StaffId;

/** Tells the resident their actions are unacceptable, why, and gives them a chance to change: a warning letter. */
public interface IssueWarningUseCase {

    Either<Failure, Issued> issueWarning(Command command);

    record Command(StaffId actingStaff, CaseId caseId, Seq<ActionId> actionsReferredTo, String reasons,
            String whatMustChange) {
        public Command {
            Objects.requireNonNull(actingStaff, "actingStaff");
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(actionsReferredTo, "actionsReferredTo");
        }
    }

    record Issued(WarningId warning, Letter letter) {
    }
}

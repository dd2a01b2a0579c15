package org.uca.application.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.Objects;
import org.uca.application.port.out.Letter;
import org.uca.domain.cases.AppealId;
import org.uca.domain.cases.AppealOutcome;
import org.uca.domain.cases.CaseId;
import org.uca.domain.measures.Measure;
import org.uca.domain.people.StaffId;

/** A manager one level up decides an appeal: upheld, varied or overturned, with reasons; an outcome letter. */
public interface DecideAppealUseCase {

    Either<Failure, Letter> decideAppeal(Command command);

    record Command(StaffId actingStaff, CaseId caseId, AppealId appeal, AppealOutcome outcome,
            Seq<Measure> variedMeasures, String reasons) {
        public Command {
            Objects.requireNonNull(actingStaff, "actingStaff");
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(appeal, "appeal");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(variedMeasures, "variedMeasures");
        }
    }
}

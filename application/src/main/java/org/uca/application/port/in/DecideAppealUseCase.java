package org.uca.application.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
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

    /**
     * {@code seen} is the version of the case the change was asked for from; when given, a case changed since is
     * refused as {@link Failure.Stale} and nothing is saved. Front ends always give it; leave it out only where
     * the caller shows no one the case first (the console, a test).
     */
    record Command(StaffId actingStaff, CaseId caseId, AppealId appeal, AppealOutcome outcome,
            Seq<Measure> variedMeasures, String reasons,
            Option<CaseVersion> seen) implements CaseChange<Command> {
        public Command {
            Objects.requireNonNull(actingStaff, "actingStaff");
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(appeal, "appeal");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(variedMeasures, "variedMeasures");
            Objects.requireNonNull(seen, "seen");
        }

        /** A command that does not check which version of the case it was asked from. */
        public Command(StaffId actingStaff, CaseId caseId, AppealId appeal, AppealOutcome outcome,
                Seq<Measure> variedMeasures, String reasons) {
            this(actingStaff, caseId, appeal, outcome, variedMeasures, reasons, Option.none());
        }

        @Override
        public Command seenAt(CaseVersion version) {
            return new Command(actingStaff, caseId, appeal, outcome, variedMeasures, reasons, Option.some(version));
        }
    }
}

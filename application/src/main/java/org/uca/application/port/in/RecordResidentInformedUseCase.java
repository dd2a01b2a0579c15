package org.uca.application.port.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import org.uca.application.port.out.Letter;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.cases.ResidentInformed;
import org.uca.domain.people.StaffId;

/** Records that the resident was told of a decision (when, by whom, how), and issues the decision letter. */
public interface RecordResidentInformedUseCase {

    Either<Failure, Letter> recordResidentInformed(Command command);

    /**
     * {@code seen} is the version of the case the change was asked for from; when given, a case changed since is
     * refused as {@link Failure.Stale} and nothing is saved. Front ends always give it; leave it out only where
     * the caller shows no one the case first (the console, a test).
     */
    record Command(StaffId actingStaff, CaseId caseId, DecisionId decision, ResidentInformed informed,
            Option<CaseVersion> seen) implements CaseChange<Command> {
        public Command {
            Objects.requireNonNull(actingStaff, "actingStaff");
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(informed, "informed");
            Objects.requireNonNull(seen, "seen");
        }

        /** A command that does not check which version of the case it was asked from. */
        public Command(StaffId actingStaff, CaseId caseId, DecisionId decision, ResidentInformed informed) {
            this(actingStaff, caseId, decision, informed, Option.none());
        }

        @Override
        public Command seenAt(CaseVersion version) {
            return new Command(actingStaff, caseId, decision, informed, Option.some(version));
        }
    }
}

package org.uca.application.port.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
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

    /**
     * {@code seen} is the version of the case the change was asked for from; when given, a case changed since is
     * refused as {@link Failure.Stale} and nothing is saved. Front ends always give it; leave it out only where
     * the caller shows no one the case first (the console, a test).
     */
    record Command(StaffId actingStaff, CaseId caseId, DecisionId decision, LocalDate received, String grounds,
            Option<CaseVersion> seen) implements CaseChange<Command> {
        public Command {
            Objects.requireNonNull(actingStaff, "actingStaff");
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(received, "received");
            Objects.requireNonNull(seen, "seen");
        }

        /** A command that does not check which version of the case it was asked from. */
        public Command(StaffId actingStaff, CaseId caseId, DecisionId decision, LocalDate received, String grounds) {
            this(actingStaff, caseId, decision, received, grounds, Option.none());
        }

        @Override
        public Command seenAt(CaseVersion version) {
            return new Command(actingStaff, caseId, decision, received, grounds, Option.some(version));
        }
    }

    record Lodged(AppealId appeal, LocalDate dueBy, AuthorityLevel reviewLevel) {
    }
}

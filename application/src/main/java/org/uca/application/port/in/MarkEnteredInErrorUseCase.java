package org.uca.application.port.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import org.uca.application.port.out.Letter;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.EnteredInError;
import org.uca.domain.people.StaffId;

/**
 * Marks an action, warning or decision as entered in error: it should never have been recorded (UK GDPR Article
 * 16). A resident who had been told of it (a warning letter, a decision they were informed of) gets a correction
 * letter.
 */
public interface MarkEnteredInErrorUseCase {

    Either<Failure, Marked> markEnteredInError(Command command);

    /**
     * {@code seen} is the version of the case the change was asked for from; when given, a case changed since is
     * refused as {@link Failure.Stale} and nothing is saved. Front ends always give it; leave it out only where
     * the caller shows no one the case first (the console, a test).
     *
     * @param number the action's, warning's or decision's number on the case
     */
    record Command(StaffId actingStaff, CaseId caseId, EnteredInError.Part part, int number, String reason,
            Option<CaseVersion> seen) implements CaseChange<Command> {
        public Command {
            Objects.requireNonNull(actingStaff, "actingStaff");
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(part, "part");
            Objects.requireNonNull(seen, "seen");
        }

        /** A command that does not check which version of the case it was asked from. */
        public Command(StaffId actingStaff, CaseId caseId, EnteredInError.Part part, int number, String reason) {
            this(actingStaff, caseId, part, number, reason, Option.none());
        }

        @Override
        public Command seenAt(CaseVersion version) {
            return new Command(actingStaff, caseId, part, number, reason, Option.some(version));
        }
    }

    /** @param correction the letter telling the resident, if they had been told of what was withdrawn */
    record Marked(Option<Letter> correction) {
        public Marked {
            Objects.requireNonNull(correction, "correction");
        }
    }
}

package org.uca.application.port.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.ResidentNeeds;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;

/** Records a resident's reasonable adjustments and vulnerability; a case is opened if needed. */
public interface RecordResidentNeedsUseCase {

    Either<Failure, CaseId> recordNeeds(Command command);

    /**
     * {@code seen} is the version of the case the change was asked for from; when given, a case changed since is
     * refused as {@link Failure.Stale} and nothing is saved. Front ends always give it; leave it out only where
     * the caller shows no one the case first (the console, a test).
     */
    record Command(StaffId actingStaff, ResidentId resident, ResidentNeeds needs,
            Option<CaseVersion> seen) implements CaseChange<Command> {
        public Command {
            Objects.requireNonNull(actingStaff, "actingStaff");
            Objects.requireNonNull(resident, "resident");
            Objects.requireNonNull(needs, "needs");
            Objects.requireNonNull(seen, "seen");
        }

        /** A command that does not check which version of the case it was asked from. */
        public Command(StaffId actingStaff, ResidentId resident, ResidentNeeds needs) {
            this(actingStaff, resident, needs, Option.none());
        }

        @Override
        public Command seenAt(CaseVersion version) {
            return new Command(actingStaff, resident, needs, Option.some(version));
        }
    }
}

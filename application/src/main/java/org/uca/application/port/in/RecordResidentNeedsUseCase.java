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
     *
     * @param reason why what was recorded is being changed: needed when something is recorded already (what it
     *               said stays on the case, superseded); empty for a first recording
     */
    record Command(StaffId actingStaff, ResidentId resident, ResidentNeeds needs, String reason,
            Option<CaseVersion> seen) implements CaseChange<Command> {
        public Command {
            Objects.requireNonNull(actingStaff, "actingStaff");
            Objects.requireNonNull(resident, "resident");
            Objects.requireNonNull(needs, "needs");
            reason = reason == null ? "" : reason;
            Objects.requireNonNull(seen, "seen");
        }

        /** A first recording, not checking which version of the case it was asked from. */
        public Command(StaffId actingStaff, ResidentId resident, ResidentNeeds needs) {
            this(actingStaff, resident, needs, "", Option.none());
        }

        /** A change to what is recorded, not checking which version of the case it was asked from. */
        public Command(StaffId actingStaff, ResidentId resident, ResidentNeeds needs, String reason) {
            this(actingStaff, resident, needs, reason, Option.none());
        }

        @Override
        public Command seenAt(CaseVersion version) {
            return new Command(actingStaff, resident, needs, reason, Option.some(version));
        }
    }
}

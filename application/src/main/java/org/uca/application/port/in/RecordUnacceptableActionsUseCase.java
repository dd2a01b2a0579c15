package org.uca.application.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import org.uca.domain.cases.ActionId;
import org.uca.domain.cases.ActionReport;
import org.uca.domain.cases.CaseId;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;

/** A member of staff records one or several unacceptable actions by a resident; a case is opened if needed. */
public interface RecordUnacceptableActionsUseCase {

    Either<Failure, Recorded> recordActions(Command command);

    /**
     * {@code seen} is the version of the case the change was asked for from; when given, a case changed since is
     * refused as {@link Failure.Stale} and nothing is saved. Front ends always give it; leave it out only where
     * the caller shows no one the case first (the console, a test).
     */
    record Command(StaffId actingStaff, ResidentId resident, Seq<ActionReport> reports,
            Option<CaseVersion> seen) implements CaseChange<Command> {
        public Command {
            Objects.requireNonNull(actingStaff, "actingStaff");
            Objects.requireNonNull(resident, "resident");
            Objects.requireNonNull(reports, "reports");
            Objects.requireNonNull(seen, "seen");
        }

        /** A command that does not check which version of the case it was asked from. */
        public Command(StaffId actingStaff, ResidentId resident, Seq<ActionReport> reports) {
            this(actingStaff, resident, reports, Option.none());
        }

        @Override
        public Command seenAt(CaseVersion version) {
            return new Command(actingStaff, resident, reports, Option.some(version));
        }
    }

    record Recorded(CaseId caseId, Seq<ActionId> actions) {
    }
}

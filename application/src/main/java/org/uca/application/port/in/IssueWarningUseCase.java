package org.uca.application.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import org.uca.application.port.out.Letter;
import org.uca.domain.cases.ActionId;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.WarningId;
import org.uca.domain.people.StaffId;

/** Tells the resident their actions are unacceptable, why, and gives them a chance to change: a warning letter. */
public interface IssueWarningUseCase {

    Either<Failure, Issued> issueWarning(Command command);

    /**
     * {@code seen} is the version of the case the change was asked for from; when given, a case changed since is
     * refused as {@link Failure.Stale} and nothing is saved. Front ends always give it; leave it out only where
     * the caller shows no one the case first (the console, a test).
     */
    record Command(StaffId actingStaff, CaseId caseId, Seq<ActionId> actionsReferredTo, String reasons,
            String whatMustChange,
            Option<CaseVersion> seen) implements CaseChange<Command> {
        public Command {
            Objects.requireNonNull(actingStaff, "actingStaff");
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(actionsReferredTo, "actionsReferredTo");
            Objects.requireNonNull(seen, "seen");
        }

        /** A command that does not check which version of the case it was asked from. */
        public Command(StaffId actingStaff, CaseId caseId, Seq<ActionId> actionsReferredTo, String reasons,
                String whatMustChange) {
            this(actingStaff, caseId, actionsReferredTo, reasons, whatMustChange, Option.none());
        }

        @Override
        public Command seenAt(CaseVersion version) {
            return new Command(actingStaff, caseId, actionsReferredTo, reasons, whatMustChange, Option.some(version));
        }
    }

    record Issued(WarningId warning, Letter letter) {
    }
}

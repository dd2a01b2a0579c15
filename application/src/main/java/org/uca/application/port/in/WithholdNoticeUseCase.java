package org.uca.application.port.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.people.StaffId;

/**
 * Telling the resident, or deliberately not (issue 15 §3): an Assistant Director or above withholds notice of a
 * decision from a resident not yet told, because telling them would create a risk, with a date to re-check; at the
 * re-check keeps it withheld (a new reason and date) or ends it, and the resident is then to be told. While notice is
 * withheld no reminder asks for the resident to be told and the decision letter is not sent. The Service
 * Development Team is told of each.
 */
public interface WithholdNoticeUseCase {

    /** Withholds notice of the decision; answers the version of the case after it. */
    Either<Failure, CaseVersion> withholdNotice(Command command);

    /** At its re-check, keeps notice withheld with a new reason and re-check date. */
    Either<Failure, CaseVersion> keepNoticeWithheld(Command command);

    /** At its re-check, ends withholding notice: the resident is now to be told. */
    Either<Failure, CaseVersion> endNoticeWithheld(End command);

    /**
     * {@code seen} is the version of the case the change was asked for from; when given, a case changed since is
     * refused as {@link Failure.Stale} and nothing is saved.
     *
     * @param risk      why telling the resident would create a risk (to staff, a victim, a child, an investigation)
     * @param recheckOn when to re-check it: after today, within three months
     */
    record Command(StaffId actingStaff, CaseId caseId, DecisionId decision, String risk, LocalDate recheckOn,
            Option<CaseVersion> seen) implements CaseChange<Command> {
        public Command {
            Objects.requireNonNull(actingStaff, "actingStaff");
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(seen, "seen");
        }

        /** A command that does not check which version of the case it was asked from. */
        public Command(StaffId actingStaff, CaseId caseId, DecisionId decision, String risk, LocalDate recheckOn) {
            this(actingStaff, caseId, decision, risk, recheckOn, Option.none());
        }

        @Override
        public Command seenAt(CaseVersion version) {
            return new Command(actingStaff, caseId, decision, risk, recheckOn, Option.some(version));
        }
    }

    /** @param reasons why telling the resident no longer creates a risk */
    record End(StaffId actingStaff, CaseId caseId, DecisionId decision, String reasons, Option<CaseVersion> seen)
            implements CaseChange<End> {
        public End {
            Objects.requireNonNull(actingStaff, "actingStaff");
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(seen, "seen");
        }

        /** A command that does not check which version of the case it was asked from. */
        public End(StaffId actingStaff, CaseId caseId, DecisionId decision, String reasons) {
            this(actingStaff, caseId, decision, reasons, Option.none());
        }

        @Override
        public End seenAt(CaseVersion version) {
            return new End(actingStaff, caseId, decision, reasons, Option.some(version));
        }
    }
}

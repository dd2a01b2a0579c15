package org.uca.application.port.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.uca.application.port.out.Letter;
import org.uca.domain.cases.ActionId;
import org.uca.domain.cases.ActionReport;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.CaseUpdate;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.cases.EnteredInError;
import org.uca.domain.cases.WarningId;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.StaffMember;
import org.uca.domain.shared.Refusal;

/**
 * Amends a recorded action, warning or the details of a decision, with a reason: the record keeps its number and
 * the original stays with it, marked as superseded. A resident who had the letter (a warning; a decision once they
 * were told of it) is sent a corrected letter that replaces it.
 */
public interface AmendRecordUseCase {

    Either<Failure, Amended> amend(Command command);

    /** What the record should now say; each kind of record says what it may be corrected in. */
    sealed interface Correction {
        EnteredInError.Part part();

        /** The domain's change for record {@code number} of the case. */
        Either<Refusal, CaseUpdate> applyTo(Case c, int number, String reason, StaffMember by, Instant now);
    }

    /** The action's report as it should read (every field, as when it was recorded). */
    record ActionCorrection(ActionReport report) implements Correction {
        public ActionCorrection {
            Objects.requireNonNull(report, "report");
        }

        public EnteredInError.Part part() {
            return EnteredInError.Part.ACTION;
        }

        public Either<Refusal, CaseUpdate> applyTo(Case c, int number, String reason, StaffMember by, Instant now) {
            return c.amendAction(new ActionId(number), report, reason, by, now);
        }
    }

    record WarningCorrection(String reasons, String whatMustChange) implements Correction {
        public EnteredInError.Part part() {
            return EnteredInError.Part.WARNING;
        }

        public Either<Refusal, CaseUpdate> applyTo(Case c, int number, String reason, StaffMember by, Instant now) {
            return c.amendWarning(new WarningId(number), reasons, whatMustChange, reason, by, now);
        }
    }

    /**
     * @param reviewDate                 the corrected review date; none keeps the one the decision has
     * @param howComplaintsAreStillHeard the corrected words on how new complaints and new issues are still heard;
     *                                   none keeps what the decision says
     */
    record DecisionCorrection(String reasons, Option<LocalDate> reviewDate, Option<String> howComplaintsAreStillHeard)
            implements Correction {
        public DecisionCorrection {
            Objects.requireNonNull(reviewDate, "reviewDate");
            Objects.requireNonNull(howComplaintsAreStillHeard, "howComplaintsAreStillHeard");
        }

        /** A correction of the reasons and review date only. */
        public DecisionCorrection(String reasons, Option<LocalDate> reviewDate) {
            this(reasons, reviewDate, Option.none());
        }

        public EnteredInError.Part part() {
            return EnteredInError.Part.DECISION;
        }

        public Either<Refusal, CaseUpdate> applyTo(Case c, int number, String reason, StaffMember by, Instant now) {
            return c.amendDecisionDetails(new DecisionId(number), reasons, reviewDate.getOrNull(),
                    howComplaintsAreStillHeard.orElse(() -> c.decision(new DecisionId(number))
                            .flatMap(d -> d.safeguards().howComplaintsAreStillHeard())), reason, by, now);
        }
    }

    /**
     * {@code seen} is the version of the case the change was asked for from; when given, a case changed since is
     * refused as {@link Failure.Stale} and nothing is saved. Front ends always give it; leave it out only where
     * the caller shows no one the case first (the console, a test).
     *
     * @param number the action's, warning's or decision's number on the case
     * @param reason why the record is corrected (kept with the superseded original, and audited)
     */
    record Command(StaffId actingStaff, CaseId caseId, int number, Correction correction, String reason,
            Option<CaseVersion> seen) implements CaseChange<Command> {
        public Command {
            Objects.requireNonNull(actingStaff, "actingStaff");
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(correction, "correction");
            Objects.requireNonNull(seen, "seen");
        }

        /** A command that does not check which version of the case it was asked from. */
        public Command(StaffId actingStaff, CaseId caseId, int number, Correction correction, String reason) {
            this(actingStaff, caseId, number, correction, reason, Option.none());
        }

        @Override
        public Command seenAt(CaseVersion version) {
            return new Command(actingStaff, caseId, number, correction, reason, Option.some(version));
        }
    }

    /** @param correctedLetter the letter replacing the one the resident had, if they had one */
    record Amended(Option<Letter> correctedLetter) {
        public Amended {
            Objects.requireNonNull(correctedLetter, "correctedLetter");
        }
    }
}

package org.uca.application.port.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.cases.MeasuresProposal;
import org.uca.domain.people.StaffId;

/**
 * A manager authorises measures: contact standards (Service Manager), service limits, tenancy action or informing
 * the police (Assistant Director); after a warning, or immediately where the actions raise safety concerns. The
 * Service Development Team and the teams informed are told.
 */
public interface AuthoriseMeasuresUseCase {

    Either<Failure, DecisionId> authorise(Command command);

    /**
     * {@code seen} is the version of the case the change was asked for from; when given, a case changed since is
     * refused as {@link Failure.Stale} and nothing is saved. Front ends always give it; leave it out only where
     * the caller shows no one the case first (the console, a test).
     */
    record Command(StaffId actingStaff, CaseId caseId, MeasuresProposal proposal,
            Option<CaseVersion> seen) implements CaseChange<Command> {
        public Command {
            Objects.requireNonNull(actingStaff, "actingStaff");
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(proposal, "proposal");
            Objects.requireNonNull(seen, "seen");
        }

        /** A command that does not check which version of the case it was asked from. */
        public Command(StaffId actingStaff, CaseId caseId, MeasuresProposal proposal) {
            this(actingStaff, caseId, proposal, Option.none());
        }

        @Override
        public Command seenAt(CaseVersion version) {
            return new Command(actingStaff, caseId, proposal, Option.some(version));
        }
    }
}

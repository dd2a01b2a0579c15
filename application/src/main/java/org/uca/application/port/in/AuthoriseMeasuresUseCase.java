package org.uca.application.port.in;

import io.vavr.control.Either;
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

    record Command(StaffId actingStaff, CaseId caseId, MeasuresProposal proposal) {
        public Command {
            Objects.requireNonNull(actingStaff, "actingStaff");
            Objects.requireNonNull(caseId, "caseId");
            Objects.requireNonNull(proposal, "proposal");
        }
    }
}

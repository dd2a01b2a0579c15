package org.uca.application.port.in;

import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import org.uca.application.port.in.SyncResidentsUseCase.MachineClient;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;
import org.uca.domain.people.Uprn;
import org.uca.domain.visits.VisitInstructions;

/**
 * The visitor's question (issue 14 §1): "what must I do when I visit this property, or this resident?" Asked by a
 * contractor's account ({@link Task#SAFE_VISIT}) or a contractor's system with a machine credential of the
 * safe-visit scope. The answer is the instructions only, worded for a visitor: never the case, its reasons, notes
 * or incidents, nor who lives at a property.
 *
 * <p>By property: the instructions for every resident the housing system has at the UPRN now, and every instruction
 * held on the property by a decision authorised for it, even once that resident has moved away. By resident: the
 * resident's own, wherever they live now. Every answer is logged as a look, on the case of each resident it comes
 * from (or on the resident, who has none), before it is given.
 */
public interface SafeVisitQuery {

    Either<Failure, SafeVisit> atProperty(StaffId askedBy, String uprn);

    Either<Failure, SafeVisit> forResident(StaffId askedBy, ResidentId resident);

    /** As {@link #atProperty(StaffId, String)}, asked by a contractor's system. */
    Either<Failure, SafeVisit> atProperty(MachineClient client, String uprn);

    /** As {@link #forResident(StaffId, ResidentId)}, asked by a contractor's system. */
    Either<Failure, SafeVisit> forResident(MachineClient client, ResidentId resident);

    /**
     * The answer: what was asked about (a property or a resident) and what a visitor must do there.
     */
    record SafeVisit(Option<Uprn> property, Option<ResidentId> resident, VisitInstructions instructions) {
        public SafeVisit {
            Objects.requireNonNull(property, "property");
            Objects.requireNonNull(resident, "resident");
            Objects.requireNonNull(instructions, "instructions");
        }
    }
}

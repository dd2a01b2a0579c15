package org.uca.application.port.in;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import java.util.Objects;
import org.uca.application.port.in.SyncResidentsUseCase.MachineClient;
import org.uca.application.port.out.ResidentDirectory;
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

    /** The most properties one look-up by address lists; more found, the visitor is asked to narrow it. */
    int MAX_PROPERTIES = 20;

    /**
     * Finds the property to ask about by its address (issue 14 §1, "by property (UPRN or address)"): the whole
     * postcode, required, and optionally the house number, name or first line, matched leniently (see
     * {@link ResidentDirectory.AddressSearch}). The answer is the properties only, with their UPRN and address as the
     * housing system has them: never who lives there, nor whether anything is held about them. The look-up is
     * audited on the asker (what was searched, how many found), as it reads nothing about a resident.
     */
    Either<Failure, PropertiesFound> propertiesByAddress(StaffId askedBy, String postcode, String address);

    /** As {@link #propertiesByAddress(StaffId, String, String)}, asked by a contractor's system. */
    Either<Failure, PropertiesFound> propertiesByAddress(MachineClient client, String postcode, String address);

    /**
     * The properties found by address, at most {@link #MAX_PROPERTIES}; {@code more} if there were more, to be
     * narrowed by the address. A property with no UPRN cannot be looked up by UPRN: the housing office knows who
     * lives there.
     */
    record PropertiesFound(Seq<ResidentDirectory.Property> properties, boolean more) {
        public PropertiesFound {
            properties = List.ofAll(properties);
        }
    }

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

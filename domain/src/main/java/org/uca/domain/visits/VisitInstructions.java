package org.uca.domain.visits;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.Decision;
import org.uca.domain.measures.ContactStandard;
import org.uca.domain.measures.Measure;
import org.uca.domain.measures.ServiceLimit;
import org.uca.domain.people.Uprn;
import org.uca.domain.visits.VisitInstruction.Kind;

/**
 * What a visitor must do, from the measures in force: only what changes a visit, worded for a visitor. Never the
 * reasons, the incidents, vulnerability or safeguards notes, what staff typed to describe a measure, or any measure
 * that does not touch a visit (an office ban, telephone limits, tenancy action, informing the police): a contractor
 * needs to know how to attend safely, not why. Decisions lifted, overturned, replaced or entered in error are not in
 * force, so they give no instruction.
 *
 * <p>"No visit without an appointment" goes with every measure that a visit can only meet if it is set up first:
 * a second person has to be booked for a two-person visit, and the single point of contact, or whoever arranges
 * visits for a resident excluded from personal contact, has to have agreed it. A cold call cannot meet either. A
 * health-and-safety-repairs-only limit alone needs no appointment: it limits which work is done, not how.
 */
@ValueObject
public record VisitInstructions(Seq<VisitInstruction> instructions) {

    /** Whom to contact when no single point of contact is set: the landlord's office (the front end adds its number). */
    public static final String HOUSING_OFFICE = "the housing office";

    public VisitInstructions {
        Objects.requireNonNull(instructions, "instructions");
        instructions = List.ofAll(instructions).distinct().sortBy(i -> i.kind().ordinal());
    }

    public static VisitInstructions none() {
        return new VisitInstructions(List.empty());
    }

    /** The instructions for visiting the resident of this case, wherever they live now. */
    public static VisitInstructions forResident(Case c) {
        return of(c.decisions().filter(Decision::inForce).flatMap(Decision::measures));
    }

    /** The instructions this case holds on the property: its decisions in force authorised for that UPRN. */
    public static VisitInstructions heldOn(Case c, Uprn property) {
        return of(c.decisions().filter(d -> d.inForce() && d.property().contains(property))
                .flatMap(Decision::measures));
    }

    /** The instructions these measures in force give, in the order of the decisions they come from. */
    public static VisitInstructions of(Seq<Measure> inForce) {
        // the latest single point of contact replaces an earlier one, as in the contact guidance
        Option<String> single = inForce.filter(m -> m instanceof ContactStandard.SinglePointOfContact)
                .lastOption().map(m -> ((ContactStandard.SinglePointOfContact) m).officerName());
        String contact = single.getOrElse(HOUSING_OFFICE);
        List<VisitInstruction> found = List.empty();
        boolean arranged = false;
        for (Measure m : inForce) {
            if (m instanceof ContactStandard.ExclusionFromPersonalContact) {
                arranged = true;
                found = found.append(new VisitInstruction(Kind.NO_VISIT_EXCEPT_AS_ARRANGED, "No visits except for"
                        + " emergency repairs or necessary planned works, as arranged by " + contact + ".",
                        Option.some(contact)));
            } else if (m instanceof ContactStandard.AccompaniedPersonalContactOnly) {
                // kept with an exclusion too: the emergency visit that still happens is made by two
                arranged = true;
                found = found.append(new VisitInstruction(Kind.TWO_PERSON_VISIT,
                        "Two-person visit: do not attend alone.", Option.none()));
            } else if (m instanceof ServiceLimit.HealthAndSafetyRepairsOnly) {
                found = found.append(new VisitInstruction(Kind.EMERGENCY_AND_HEALTH_AND_SAFETY_WORK_ONLY,
                        "Emergency and health-and-safety work only.", Option.none()));
            } else if (m instanceof ContactStandard.SinglePointOfContact) {
                arranged = true;
                found = found.append(new VisitInstruction(Kind.CONTACT_BEFORE_ATTENDING, "Do not attend without"
                        + " first contacting " + contact + ", the resident's single point of contact.",
                        Option.some(contact)));
            } else if (m instanceof ContactStandard.OtherContactStandard || m instanceof ServiceLimit.OtherServiceLimit
                    || m instanceof ServiceLimit.WithheldPlannedWorks) {
                // described in staff's own words, which a visitor is never shown
                found = found.append(new VisitInstruction(Kind.CHECK_BEFORE_ATTENDING,
                        "Check with " + contact + " before attending.", Option.some(contact)));
            }
        }
        if (arranged) {
            found = found.append(new VisitInstruction(Kind.APPOINTMENT_ONLY, "No visit without an appointment:"
                    + " arrange it through " + contact + " first.", Option.some(contact)));
        }
        return new VisitInstructions(found);
    }

    /** These instructions and those, each once (the residents at a property and the markers held on it). */
    public VisitInstructions and(VisitInstructions more) {
        return new VisitInstructions(instructions.appendAll(more.instructions));
    }

    public boolean isEmpty() {
        return instructions.isEmpty();
    }
}

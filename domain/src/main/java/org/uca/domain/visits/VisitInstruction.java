package org.uca.domain.visits;

import io.vavr.control.Option;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One thing a visitor must do, worded for a visitor, with whom to contact when it says to.
 *
 * @param contact the name of whom to contact first, when the instruction says to (the phone number is the
 *                landlord's, which the front end adds, as it adds it to letters)
 */
@ValueObject
public record VisitInstruction(Kind kind, String words, Option<String> contact) {

    public VisitInstruction {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(contact, "contact");
    }

    /** The kinds of instruction, strictest first: a works order can carry the name as a code. */
    public enum Kind {
        NO_VISIT_EXCEPT_AS_ARRANGED,
        TWO_PERSON_VISIT,
        EMERGENCY_AND_HEALTH_AND_SAFETY_WORK_ONLY,
        CONTACT_BEFORE_ATTENDING,
        APPOINTMENT_ONLY,
        CHECK_BEFORE_ATTENDING
    }
}

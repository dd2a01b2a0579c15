package org.uca.application.port.in;

import io.vavr.control.Either;
import org.uca.domain.guidance.ContactGuidance;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;

/**
 * The front-line question: "what contact may I have with this resident right now?"
 *
 * <p>Each answer is personal data: who asked is logged as a look ({@code AccessLog}) before it is given, and the
 * answer is withheld ({@link Failure.Unavailable}) if the line cannot be written.
 */
public interface ContactGuidanceQuery {

    Either<Failure, ContactGuidance> guidanceFor(StaffId askedBy, ResidentId resident);
}

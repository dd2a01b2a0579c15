package org.uca.application.port.in;

import io.vavr.control.Either;
import org.uca.domain.guidance.ContactGuidance;
import org.uca.domain.people.ResidentId;
import org.uca.domain.people.StaffId;

/** The front-line question: "what contact may I have with this resident right now?" */
public interface ContactGuidanceQuery {

    Either<Failure, ContactGuidance> guidanceFor(StaffId askedBy, ResidentId resident);
}

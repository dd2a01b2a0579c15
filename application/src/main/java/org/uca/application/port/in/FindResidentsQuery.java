package org.uca.application.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.domain.cases.CaseId;
import org.uca.domain.people.StaffId;

/** Finds residents by name or reference, showing who has a case and who is restricted. */
public interface FindResidentsQuery {

    int MAX_RESULTS = 50;

    Either<Failure, Seq<Found>> findResidents(StaffId askedBy, String text);

    record Found(Resident resident, Option<CaseId> caseId, boolean restricted) {
    }
}

package org.uca.application.port.in;

import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Option;
import org.uca.application.port.out.ResidentDirectory.Resident;
import org.uca.domain.cases.CaseId;
import org.uca.domain.people.StaffId;

/**
 * Finds residents by name, reference, address or postcode, a page at a time, showing who has a case and who is
 * restricted.
 */
public interface FindResidentsQuery {

    /** The page size when none is asked for. */
    int MAX_RESULTS = 50;

    /** The largest page that may be asked for. */
    int MAX_PAGE_SIZE = 100;

    /** The first page of {@link #MAX_RESULTS} residents. */
    default Either<Failure, Seq<Found>> findResidents(StaffId askedBy, String text) {
        return findResidents(askedBy, text, 1, MAX_RESULTS).map(ResultPage::found);
    }

    /**
     * One page of the residents found, in reference order.
     *
     * @param page from 1
     * @param size from 1 to {@link #MAX_PAGE_SIZE}
     */
    Either<Failure, ResultPage> findResidents(StaffId askedBy, String text, int page, int size);

    /** A page of residents found, and whether there is a next one. */
    record ResultPage(Seq<Found> found, int page, int size, boolean hasNext) {
    }

    record Found(Resident resident, Option<CaseId> caseId, boolean restricted) {
    }
}

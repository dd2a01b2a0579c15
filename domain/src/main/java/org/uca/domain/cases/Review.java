package org.uca.domain.cases;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.uca.domain.measures.Measure;
import org.uca.domain.people.StaffMember;

/** A review of a restriction: continue, vary or lift it, with reasons and, unless lifted, the next review date. */
@ValueObject
public record Review(ReviewOutcome outcome, Seq<Measure> measuresAfter, String reasons, StaffMember reviewedBy,
        Instant reviewedAt, Option<LocalDate> nextReviewDate) {
    public Review {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(measuresAfter, "measuresAfter");
        Objects.requireNonNull(reasons, "reasons");
        Objects.requireNonNull(reviewedBy, "reviewedBy");
        Objects.requireNonNull(reviewedAt, "reviewedAt");
        Objects.requireNonNull(nextReviewDate, "nextReviewDate");
    }
}

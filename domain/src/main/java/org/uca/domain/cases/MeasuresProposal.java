package org.uca.domain.cases;

import io.vavr.collection.Seq;
import java.time.LocalDate;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.uca.domain.measures.Measure;

/** Everything a manager puts forward for authorisation: the measures, their grounds, reasons and safeguards. */
@ValueObject
public record MeasuresProposal(Seq<Measure> measures, Grounds grounds, String reasons, Safeguards safeguards,
        LocalDate reviewDate) {

    public MeasuresProposal {
        Objects.requireNonNull(measures, "measures");
        Objects.requireNonNull(grounds, "grounds");
        Objects.requireNonNull(reasons, "reasons");
        Objects.requireNonNull(safeguards, "safeguards");
        Objects.requireNonNull(reviewDate, "reviewDate");
    }

    /** Restrictions are reviewed; six months after the decision unless the manager chooses otherwise. */
    public static LocalDate defaultReviewDate(LocalDate decidedOn) {
        return decidedOn.plusMonths(6);
    }
}

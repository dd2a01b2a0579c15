package org.uca.domain.cases;

import io.vavr.collection.Seq;
import java.time.Instant;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.uca.domain.measures.Measure;
import org.uca.domain.people.StaffMember;

/** The outcome of an appeal, with reasons; a varied decision carries the measures that now apply. */
@ValueObject
public record AppealDecision(AppealOutcome outcome, Seq<Measure> variedMeasures, String reasons,
        StaffMember decidedBy, Instant decidedAt) {
    public AppealDecision {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(variedMeasures, "variedMeasures");
        Objects.requireNonNull(reasons, "reasons");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }
}

package org.uca.domain.cases;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.uca.domain.measures.Measure;

/**
 * Everything a manager puts forward for authorisation: the measures, their grounds, reasons and safeguards, and,
 * while a decision is in force, whether the new one adds to it or replaces it ({@code whileInForce}).
 *
 * @param forTheProperty whether the instruction for a visitor also holds on the resident's property (the risk is at
 *                       the address), so that whoever lives there is covered even once the resident has moved away
 */
@ValueObject
public record MeasuresProposal(Seq<Measure> measures, Grounds grounds, String reasons, Safeguards safeguards,
        LocalDate reviewDate, Option<WhileInForce> whileInForce, boolean forTheProperty) {

    public MeasuresProposal {
        Objects.requireNonNull(measures, "measures");
        Objects.requireNonNull(grounds, "grounds");
        Objects.requireNonNull(reasons, "reasons");
        Objects.requireNonNull(safeguards, "safeguards");
        Objects.requireNonNull(reviewDate, "reviewDate");
        Objects.requireNonNull(whileInForce, "whileInForce");
    }

    /** A proposal about the resident only (no property marker). */
    public MeasuresProposal(Seq<Measure> measures, Grounds grounds, String reasons, Safeguards safeguards,
            LocalDate reviewDate, Option<WhileInForce> whileInForce) {
        this(measures, grounds, reasons, safeguards, reviewDate, whileInForce, false);
    }

    /** A proposal for a case with no decision in force. */
    public MeasuresProposal(Seq<Measure> measures, Grounds grounds, String reasons, Safeguards safeguards,
            LocalDate reviewDate) {
        this(measures, grounds, reasons, safeguards, reviewDate, Option.none());
    }

    /** The same proposal, saying what it does to the decisions in force. */
    public MeasuresProposal whileInForce(WhileInForce relation) {
        return new MeasuresProposal(measures, grounds, reasons, safeguards, reviewDate, Option.some(relation),
                forTheProperty);
    }

    /** The same proposal, its visitor instruction held on the resident's property too. */
    public MeasuresProposal heldOnTheProperty() {
        return new MeasuresProposal(measures, grounds, reasons, safeguards, reviewDate, whileInForce, true);
    }

    /** Restrictions are reviewed; six months after the decision unless the manager chooses otherwise. */
    public static LocalDate defaultReviewDate(LocalDate decidedOn) {
        return decidedOn.plusMonths(6);
    }
}

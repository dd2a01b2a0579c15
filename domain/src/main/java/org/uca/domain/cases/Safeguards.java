package org.uca.domain.cases;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.uca.domain.people.StaffId;

/**
 * What a fair decision records before it is authorised, as the Housing Ombudsman and the Equality Act expect:
 * equality, vulnerability and reasonable adjustments considered; the teams consulted and informed (policy 4.2);
 * who will tell the resident; legal advice considered where comments may be defamatory; and, where a measure
 * conflicts with a recorded reasonable adjustment, why that is justified; and, where a measure limits how
 * complaints reach us ({@link org.uca.domain.measures.MeasureKind#limitsHowComplaintsReachUs}), how new complaints
 * and new issues will still be received and considered on their merits.
 */
@ValueObject
public record Safeguards(String equalityAndVulnerabilityNotes, Seq<String> teamsConsulted, Seq<String> teamsInformed,
        StaffId whoInformsResident, Option<LegalAdviceConsidered> legalAdvice,
        Option<String> adjustmentConflictJustification, Option<String> howComplaintsAreStillHeard) {

    /** Safeguards for measures that leave complaints and correspondence as they are. */
    public Safeguards(String equalityAndVulnerabilityNotes, Seq<String> teamsConsulted, Seq<String> teamsInformed,
            StaffId whoInformsResident, Option<LegalAdviceConsidered> legalAdvice,
            Option<String> adjustmentConflictJustification) {
        this(equalityAndVulnerabilityNotes, teamsConsulted, teamsInformed, whoInformsResident, legalAdvice,
                adjustmentConflictJustification, Option.none());
    }

    public Safeguards {
        Objects.requireNonNull(equalityAndVulnerabilityNotes, "equalityAndVulnerabilityNotes");
        Objects.requireNonNull(teamsConsulted, "teamsConsulted");
        Objects.requireNonNull(teamsInformed, "teamsInformed");
        Objects.requireNonNull(whoInformsResident, "whoInformsResident");
        Objects.requireNonNull(legalAdvice, "legalAdvice");
        Objects.requireNonNull(adjustmentConflictJustification, "adjustmentConflictJustification");
        Objects.requireNonNull(howComplaintsAreStillHeard, "howComplaintsAreStillHeard");
    }

    /** The same safeguards, saying (or no longer saying) how new complaints and new issues are still heard. */
    public Safeguards withHowComplaintsAreStillHeard(Option<String> how) {
        return new Safeguards(equalityAndVulnerabilityNotes, teamsConsulted, teamsInformed, whoInformsResident,
                legalAdvice, adjustmentConflictJustification, how);
    }
}

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
 * conflicts with a recorded reasonable adjustment, why that is justified.
 */
@ValueObject
public record Safeguards(String equalityAndVulnerabilityNotes, Seq<String> teamsConsulted, Seq<String> teamsInformed,
        StaffId whoInformsResident, Option<LegalAdviceConsidered> legalAdvice,
        Option<String> adjustmentConflictJustification) {

    public Safeguards {
        Objects.requireNonNull(equalityAndVulnerabilityNotes, "equalityAndVulnerabilityNotes");
        Objects.requireNonNull(teamsConsulted, "teamsConsulted");
        Objects.requireNonNull(teamsInformed, "teamsInformed");
        Objects.requireNonNull(whoInformsResident, "whoInformsResident");
        Objects.requireNonNull(legalAdvice, "legalAdvice");
        Objects.requireNonNull(adjustmentConflictJustification, "adjustmentConflictJustification");
    }
}

package org.uca.domain.cases;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;
import org.uca.domain.shared.Checks;
import org.uca.domain.shared.Refusal;

/** What the landlord knows of the resident's reasonable adjustments and vulnerability. */
@ValueObject
public record ResidentNeeds(Seq<ReasonableAdjustment> adjustments, String vulnerabilityNotes) {

    public static final ResidentNeeds NONE_RECORDED = new ResidentNeeds(List.empty(), "");

    public ResidentNeeds {
        Objects.requireNonNull(adjustments, "adjustments");
        vulnerabilityNotes = vulnerabilityNotes == null ? "" : vulnerabilityNotes.strip();
    }

    Seq<Refusal.Problem> problems() {
        Checks checks = Checks.start().optionalText(vulnerabilityNotes, "vulnerabilityNotes", "vulnerability notes");
        for (int i = 0; i < adjustments.size(); i++) {
            ReasonableAdjustment a = adjustments.get(i);
            checks = a.kind() == AdjustmentKind.OTHER
                    ? checks.label(a.notes(), "adjustments[" + i + "].notes", "a description of the adjustment")
                    : checks.optionalText(a.notes(), "adjustments[" + i + "].notes", "notes on the adjustment");
        }
        return checks.problems();
    }
}

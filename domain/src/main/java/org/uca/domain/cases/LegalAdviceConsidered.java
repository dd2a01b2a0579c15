package org.uca.domain.cases;

import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Where action is proposed on the grounds of potentially defamatory comments, the manager considers the need for
 * legal advice case by case (policy 4.2): whether it was needed, and what was done.
 */
@ValueObject
public record LegalAdviceConsidered(boolean needed, String notes) {
    public LegalAdviceConsidered {
        Objects.requireNonNull(notes, "notes");
    }
}

package org.uca.domain.cases;

import io.vavr.collection.Seq;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Why measures may be taken now. The policy warns first (3.1, 4.1): a warning and a further unacceptable action
 * after it. Only where the actions are extreme, with safety concerns, may the landlord act at once (3.3).
 */
public sealed interface Grounds {

    /** The actions the decision rests on. */
    Seq<ActionId> actions();

    /** The resident was warned and the unacceptable actions continued after the warning. */
    @ValueObject
    record AfterWarning(WarningId warning, Seq<ActionId> furtherActions) implements Grounds {
        public AfterWarning {
            Objects.requireNonNull(warning, "warning");
            Objects.requireNonNull(furtherActions, "furtherActions");
        }

        public Seq<ActionId> actions() {
            return furtherActions;
        }
    }

    /** Extreme actions raising safety concerns: immediate action, with the justification recorded. */
    @ValueObject
    record ImmediateForSafety(Seq<ActionId> actions, String justification) implements Grounds {
        public ImmediateForSafety {
            Objects.requireNonNull(actions, "actions");
            Objects.requireNonNull(justification, "justification");
        }
    }
}

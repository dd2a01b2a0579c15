package org.uca.domain.cases;

import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * What a new decision does to a decision already in force, which whoever authorises it must say: add to it (both
 * apply, and guidance takes the strictest of each kind), or replace it (vary it: the earlier decision ends and only
 * the new one applies).
 */
@ValueObject
public sealed interface WhileInForce {

    /** Both decisions apply. */
    @ValueObject
    record AddsTo() implements WhileInForce {
    }

    /** The new decision replaces this one, which ends. */
    @ValueObject
    record Replaces(DecisionId decision) implements WhileInForce {
        public Replaces {
            Objects.requireNonNull(decision, "decision");
        }
    }
}

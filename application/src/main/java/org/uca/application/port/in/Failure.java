package org.uca.application.port.in;

import java.util.Objects;
import org.uca.domain.shared.Refusal;

/** Why a use case did not do what was asked. Nothing was changed; the attempt was audited. */
public sealed interface Failure {

    String message();

    /** The policy does not allow it, or the input is wrong: the refusal names the fields. */
    record Refused(Refusal refusal) implements Failure {
        public Refused {
            Objects.requireNonNull(refusal, "refusal");
        }

        public String message() {
            return refusal.message();
        }
    }

    /** The case, resident, decision or appeal asked about does not exist. */
    record NotFound(String message) implements Failure {
    }

    /** The acting member of staff may not do this (or is not known to the staff directory). */
    record NotPermitted(String message) implements Failure {
    }

    /** Someone else changed the case at the same time; reload and try again. */
    record Conflict(String message) implements Failure {
    }

    /** The case store cannot be reached just now; try again shortly. */
    record Unavailable(String message) implements Failure {
    }
}

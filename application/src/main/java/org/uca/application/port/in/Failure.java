package org.uca.application.port.in;

import java.util.Objects;
import java.util.function.Function;
import org.uca.domain.shared.Refusal;

/**
 * Why a use case did not do what was asked. Nothing was changed; the attempt was audited. Map it with
 * {@link #fold}: a new kind of failure adds a parameter there, so no front end can compile without mapping it.
 */
public sealed interface Failure {

    String message();

    /** One function per kind of failure; exactly the one for this failure is applied. */
    <T> T fold(Function<Refused, T> refused, Function<NotFound, T> notFound, Function<NotPermitted, T> notPermitted,
            Function<Conflict, T> conflict, Function<Unavailable, T> unavailable);

    /** The policy does not allow it, or the input is wrong: the refusal names the fields. */
    record Refused(Refusal refusal) implements Failure {
        public Refused {
            Objects.requireNonNull(refusal, "refusal");
        }

        public String message() {
            return refusal.message();
        }

        public <T> T fold(Function<Refused, T> refused, Function<NotFound, T> notFound,
                Function<NotPermitted, T> notPermitted, Function<Conflict, T> conflict,
                Function<Unavailable, T> unavailable) {
            return refused.apply(this);
        }
    }

    /** The case, resident, decision or appeal asked about does not exist. */
    record NotFound(String message) implements Failure {
        public <T> T fold(Function<Refused, T> refused, Function<NotFound, T> notFound,
                Function<NotPermitted, T> notPermitted, Function<Conflict, T> conflict,
                Function<Unavailable, T> unavailable) {
            return notFound.apply(this);
        }
    }

    /**
     * The acting member of staff may not do this: their role does not allow it (see {@link AccessPolicy}), they
     * have no role in UCA, or the staff directory does not know them.
     */
    record NotPermitted(String message) implements Failure {
        public <T> T fold(Function<Refused, T> refused, Function<NotFound, T> notFound,
                Function<NotPermitted, T> notPermitted, Function<Conflict, T> conflict,
                Function<Unavailable, T> unavailable) {
            return notPermitted.apply(this);
        }
    }

    /** Someone else changed the case at the same time; reload and try again. */
    record Conflict(String message) implements Failure {
        public <T> T fold(Function<Refused, T> refused, Function<NotFound, T> notFound,
                Function<NotPermitted, T> notPermitted, Function<Conflict, T> conflict,
                Function<Unavailable, T> unavailable) {
            return conflict.apply(this);
        }
    }

    /** The case store cannot be reached just now; try again shortly. */
    record Unavailable(String message) implements Failure {
        public <T> T fold(Function<Refused, T> refused, Function<NotFound, T> notFound,
                Function<NotPermitted, T> notPermitted, Function<Conflict, T> conflict,
                Function<Unavailable, T> unavailable) {
            return unavailable.apply(this);
        }
    }
}

package org.uca.domain.shared;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.Objects;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Why the policy does not allow what was asked: one or more problems, each naming the field it concerns
 * (or {@link #WHOLE_REQUEST}) and a reason a person understands. An expected outcome, never an exception.
 */
@ValueObject
public record Refusal(Seq<Problem> problems) {

    /** Field name used when a problem concerns the request as a whole rather than one field. */
    public static final String WHOLE_REQUEST = "";

    public Refusal {
        Objects.requireNonNull(problems, "problems");
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a refusal gives at least one reason");
        }
    }

    /** One problem with one field. */
    @ValueObject
    public record Problem(String field, String reason) {
        public Problem {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(reason, "reason");
        }

        public Problem within(String prefix) {
            return new Problem(field.isEmpty() ? prefix : prefix + "." + field, reason);
        }
    }

    public static Refusal of(String field, String reason) {
        return new Refusal(List.of(new Problem(field, reason)));
    }

    public static Refusal because(String reason) {
        return of(WHOLE_REQUEST, reason);
    }

    public Refusal and(Refusal other) {
        return new Refusal(problems.appendAll(other.problems));
    }

    /** All reasons in one sentence list, for logs, audit entries and plain-text clients. */
    public String message() {
        return problems.map(p -> p.field().isEmpty() ? p.reason() : p.field() + ": " + p.reason()).mkString("; ");
    }

    public boolean concerns(String field) {
        return problems.exists(p -> p.field().equals(field));
    }
}

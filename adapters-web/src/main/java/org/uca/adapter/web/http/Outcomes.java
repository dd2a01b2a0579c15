package org.uca.adapter.web.http;

import io.vavr.control.Either;
import org.uca.application.port.in.Failure;
import org.uca.domain.shared.Refusal;

/** A use case's outcome at the edge: the result, or the failure as the problem that answers the request. */
public final class Outcomes {

    private Outcomes() {
    }

    /** The result, or stops the request with the failure's problem. */
    public static <T> T orFail(Either<Failure, T> outcome) {
        if (outcome.isLeft()) {
            throw Failures.problem(outcome.getLeft());
        }
        return outcome.get();
    }

    /** Input that could not be read is refused like the policy refuses: field by field. */
    public static <T> Either<Failure, T> refusedIfInvalid(Either<Refusal, T> parsed) {
        return parsed.mapLeft(Failure.Refused::new);
    }
}

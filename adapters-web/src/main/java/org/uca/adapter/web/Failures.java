package org.uca.adapter.web;

import org.uca.application.port.in.Failure;

/** The HTTP meaning of each way a use case can fail; every failure maps explicitly, none becomes a 500. */
public final class Failures {

    private Failures() {
    }

    public static int status(Failure failure) {
        if (failure instanceof Failure.Refused) {
            return 422;
        }
        if (failure instanceof Failure.NotFound) {
            return 404;
        }
        if (failure instanceof Failure.NotPermitted) {
            return 403;
        }
        if (failure instanceof Failure.Conflict) {
            return 409;
        }
        return 503;
    }

    public static String title(Failure failure) {
        if (failure instanceof Failure.Refused) {
            return "The policy does not allow this as it stands";
        }
        if (failure instanceof Failure.NotFound) {
            return "Not found";
        }
        if (failure instanceof Failure.NotPermitted) {
            return "You cannot do this";
        }
        if (failure instanceof Failure.Conflict) {
            return "Someone else changed this case";
        }
        return "UCA is not available just now";
    }

    public static HttpProblem problem(Failure failure) {
        return failure instanceof Failure.Refused refused
                ? new HttpProblem(422, title(failure), failure.message(), refused.refusal().problems())
                : new HttpProblem(status(failure), title(failure), failure.message());
    }
}

package org.uca.adapter.web.http;

import org.uca.application.port.in.Failure;

/**
 * The HTTP meaning of each way a use case can fail. It is a fold over the sealed {@link Failure}: a new kind of
 * failure does not compile until it is mapped here, and none becomes a 500.
 */
public final class Failures {

    private Failures() {
    }

    public static int status(Failure failure) {
        return failure.fold(refused -> 422, notFound -> 404, notPermitted -> 403, conflict -> 409,
                stale -> 412, unavailable -> 503);
    }

    public static HttpProblem problem(Failure failure) {
        return failure.fold(
                refused -> new HttpProblem(422, "The policy does not allow this as it stands", refused.message(),
                        refused.refusal().problems()),
                notFound -> new HttpProblem(404, "Not found", notFound.message()),
                notPermitted -> new HttpProblem(403, "You cannot do this", notPermitted.message()),
                conflict -> new HttpProblem(409, "Someone else changed this case", conflict.message()),
                HttpProblem::stale,
                unavailable -> new HttpProblem(503, "UCA is not available just now", unavailable.message()));
    }
}

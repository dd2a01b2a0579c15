package org.uca.adapter.web.http;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import org.uca.application.port.in.Failure;
import org.uca.domain.shared.Refusal;

/**
 * A request that cannot be done, with the HTTP status that says why. Pages show it as an error page, the API as
 * RFC 9457 problem details; neither ever shows a stack trace.
 */
public final class HttpProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String title;
    private final transient Seq<Refusal.Problem> problems;
    private final transient Option<Failure.Stale> stale;

    public HttpProblem(int status, String title, String detail, Seq<Refusal.Problem> problems) {
        this(status, title, detail, problems, Option.none());
    }

    private HttpProblem(int status, String title, String detail, Seq<Refusal.Problem> problems,
            Option<Failure.Stale> stale) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.problems = problems;
        this.stale = stale;
    }

    /** 412: the change was asked for from an earlier version of the case; says the version now and what changed. */
    public static HttpProblem stale(Failure.Stale stale) {
        return new HttpProblem(412, "The case has changed since you read it", stale.message(), List.empty(),
                Option.some(stale));
    }

    public HttpProblem(int status, String title, String detail) {
        this(status, title, detail, List.empty());
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public Seq<Refusal.Problem> problems() {
        return problems;
    }

    /** For a stale change: the case's version now and the changes made since the version the request gave. */
    public Option<Failure.Stale> stale() {
        return stale;
    }
}

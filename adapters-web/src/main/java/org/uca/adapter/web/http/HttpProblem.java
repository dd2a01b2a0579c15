package org.uca.adapter.web.http;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
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

    public HttpProblem(int status, String title, String detail, Seq<Refusal.Problem> problems) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.problems = problems;
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
}

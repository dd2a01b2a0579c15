package org.uca.adapter.web;

import io.javalin.http.Context;
import java.util.List;
import org.uca.adapter.web.api.JsonExchange;
import org.uca.adapter.web.api.json.CaseJson;
import org.uca.adapter.web.api.json.ProblemJson;
import org.uca.adapter.web.http.CasePreconditions;
import org.uca.adapter.web.http.HttpProblem;
import org.uca.adapter.web.pages.PageWriter;
import org.uca.adapter.web.view.PageFrame;
import org.uca.adapter.web.security.Admission;

/** A problem as RFC 9457 problem details (API and health) or as an error page; never a stack trace. */
final class ProblemResponses {

    private final JsonExchange json;
    private final PageWriter pages;

    ProblemResponses(JsonExchange json, PageWriter pages) {
        this.json = json;
        this.pages = pages;
    }

    void answer(Context ctx, HttpProblem problem) {
        if (Admission.isApi(ctx) || ctx.path().equals("/health")) {
            List<ProblemJson.FieldError> errors = problem.problems().isEmpty() ? null
                    : problem.problems().map(p -> new ProblemJson.FieldError(p.field(), p.reason())).toJavaList();
            problem.stale().forEach(stale -> ctx.header("ETag", CasePreconditions.etag(stale.current().number())));
            json.write(ctx, problem.status(), "application/problem+json", new ProblemJson("about:blank",
                    problem.title(), problem.status(), problem.detail(), ctx.path(), errors,
                    problem.stale().map(stale -> CaseJson.events(stale.changedSince())).getOrNull()));
            return;
        }
        pages.error(ctx, problem.status(), problem.title(), problem.detail(), problem.problems()
                .map(p -> new PageFrame.ErrorItem(p.reason(), "#" + p.field().replaceAll("[^A-Za-z0-9_-]", "-")))
                .toJavaList());
    }
}

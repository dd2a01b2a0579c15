package org.uca.adapter.web.pages;

import static org.uca.adapter.web.http.Outcomes.orFail;

import io.javalin.http.Context;
import java.util.List;
import org.uca.adapter.web.http.HttpProblem;
import org.uca.adapter.web.http.PathParams;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.adapter.web.view.FormView.Choice;
import org.uca.adapter.web.view.UkDates;
import org.uca.application.port.in.ViewCaseQuery;
import org.uca.application.port.in.ViewCaseQuery.CaseView;
import org.uca.domain.cases.Appeal;
import org.uca.domain.cases.Case;
import org.uca.domain.cases.Decision;

/** The case a form is about (from the address), and the parts of it the form names. */
final class CaseLookup {

    private final ViewCaseQuery viewCase;

    CaseLookup(ViewCaseQuery viewCase) {
        this.viewCase = viewCase;
    }

    CaseView caseView(Context ctx) {
        return orFail(viewCase.viewCase(RequestSessions.me(ctx), PathParams.caseId(ctx)));
    }

    static Decision decision(Context ctx, CaseView v) {
        return v.theCase().decision(PathParams.decisionId(ctx))
                .getOrElseThrow(() -> new HttpProblem(404, "Decision not found", "There is no such decision on this"
                        + " case."));
    }

    static Appeal appeal(Context ctx, CaseView v) {
        return v.theCase().appeal(PathParams.appealId(ctx))
                .getOrElseThrow(() -> new HttpProblem(404, "Appeal not found", "There is no such appeal."));
    }

    static List<Choice> actionChoices(Case c) {
        return c.actions().map(a -> new Choice(String.valueOf(a.id().number()), "Action " + a.id() + ": "
                + a.kind().label() + ", " + UkDates.dateTime(a.occurredAt())
                + (a.raisesSafetyConcerns() ? " (safety concern)" : ""))).toJavaList();
    }
}

package org.uca.adapter.web.http;

import io.javalin.http.Context;
import org.uca.domain.cases.AppealId;
import org.uca.domain.cases.CaseId;
import org.uca.domain.cases.DecisionId;
import org.uca.domain.people.ResidentId;

/** The ids in an address ({@code {case}}, {@code {resident}}, {@code {decision}}, …): one that cannot be is a 404. */
public final class PathParams {

    private PathParams() {
    }

    public static CaseId caseId(Context ctx) {
        try {
            return CaseId.parse(ctx.pathParam("case"));
        } catch (IllegalArgumentException e) {
            throw notFound("case", ctx.pathParam("case"));
        }
    }

    public static ResidentId residentId(Context ctx) {
        try {
            return new ResidentId(ctx.pathParam("resident"));
        } catch (IllegalArgumentException blank) {
            throw notFound("resident", ctx.pathParam("resident"));
        }
    }

    public static DecisionId decisionId(Context ctx) {
        return new DecisionId(number(ctx, "decision"));
    }

    public static AppealId appealId(Context ctx) {
        return new AppealId(number(ctx, "appeal"));
    }

    /** A numbered part of a case (decision 1, warning 2, review 1): a whole number from 1. */
    public static int number(Context ctx, String name) {
        try {
            int n = Integer.parseInt(ctx.pathParam(name));
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // falls through to not found
        }
        throw notFound(name, ctx.pathParam(name));
    }

    private static HttpProblem notFound(String what, String given) {
        return new HttpProblem(404, "Not found", "There is no " + what + " " + given + ".");
    }
}

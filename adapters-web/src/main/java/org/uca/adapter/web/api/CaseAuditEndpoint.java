package org.uca.adapter.web.api;

import static org.uca.adapter.web.http.Outcomes.orFail;

import io.javalin.http.Context;
import io.vavr.control.Either;
import org.uca.adapter.web.api.json.CaseAuditJson;
import org.uca.adapter.web.http.Outcomes;
import org.uca.adapter.web.http.PathParams;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.input.Paging;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.application.port.in.CaseAuditQuery;
import org.uca.domain.shared.Refusal;

/**
 * {@code GET /api/cases/{case}/audit}: a page of every attempt about the case ({@code page}) and a page of who has
 * looked at it ({@code lookedPage}), {@code size} of each, newest first; for managers and the Service Development Team.
 */
final class CaseAuditEndpoint {

    private final JsonExchange json;
    private final CaseAuditQuery caseAudit;

    CaseAuditEndpoint(JsonExchange json, CaseAuditQuery caseAudit) {
        this.json = json;
        this.caseAudit = caseAudit;
    }

    void register(RouteTable routes) {
        routes.get("/api/cases/{case}/audit", CaseAuditJson.class, this::audit);
    }

    private void audit(Context ctx) {
        Either<Refusal, Paging> paging = Paging.of(ctx.queryParam("page"), ctx.queryParam("size"));
        Either<Refusal, Integer> looked = Paging.page("lookedPage", ctx.queryParam("lookedPage"));
        Either<Refusal, Paging> both = paging.isLeft() && looked.isLeft()
                ? Either.left(paging.getLeft().and(looked.getLeft())) : looked.flatMap(l -> paging);
        CaseAuditQuery.CaseAudit audit = orFail(Outcomes.refusedIfInvalid(both).flatMap(p -> caseAudit.caseAudit(
                RequestSessions.me(ctx), PathParams.caseId(ctx), p.page(), looked.get(), p.size())));
        json.write(ctx, 200, CaseAuditJson.from(audit));
    }
}

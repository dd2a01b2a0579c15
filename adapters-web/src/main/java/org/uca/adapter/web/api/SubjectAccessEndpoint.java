package org.uca.adapter.web.api;

import static org.uca.adapter.web.http.Outcomes.orFail;

import org.uca.adapter.web.api.json.SubjectAccessJson;
import org.uca.adapter.web.http.PathParams;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.application.port.in.ExportSubjectAccessUseCase;

/**
 * {@code GET /api/residents/{resident}/subject-access}: everything held about the resident, for a subject access
 * request (the Data Protection Officer or an administrator); every export is audited and logged as a look.
 */
final class SubjectAccessEndpoint {

    private final JsonExchange json;
    private final ExportSubjectAccessUseCase exportSubjectAccess;

    SubjectAccessEndpoint(JsonExchange json, ExportSubjectAccessUseCase exportSubjectAccess) {
        this.json = json;
        this.exportSubjectAccess = exportSubjectAccess;
    }

    void register(RouteTable routes) {
        routes.get("/api/residents/{resident}/subject-access", SubjectAccessJson.class, ctx -> {
            ctx.header("Cache-Control", "no-store");
            json.write(ctx, 200, SubjectAccessJson.from(orFail(exportSubjectAccess.export(RequestSessions.me(ctx),
                    PathParams.residentId(ctx)))));
        });
    }
}

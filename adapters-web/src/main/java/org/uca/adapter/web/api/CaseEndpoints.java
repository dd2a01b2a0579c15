package org.uca.adapter.web.api;

import static org.uca.adapter.web.http.Outcomes.orFail;

import org.uca.adapter.web.api.json.CaseJson;
import org.uca.adapter.web.api.json.Results;
import org.uca.adapter.web.http.CasePreconditions;
import org.uca.adapter.web.http.PathParams;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.input.CommandInput;
import org.uca.adapter.web.security.RoleBeforeInput;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.application.port.in.AuthoriseMeasuresUseCase;
import org.uca.application.port.in.IssueWarningUseCase;
import org.uca.application.port.in.RecordResidentInformedUseCase;
import org.uca.application.port.in.Task;
import org.uca.application.port.in.ViewCaseQuery;

/** A case: reading it, issuing a warning, authorising measures, and recording that the resident was informed. */
final class CaseEndpoints {

    private final JsonExchange json;
    private final RoleBeforeInput roleFirst;
    private final CommandInput input;
    private final ViewCaseQuery viewCase;
    private final IssueWarningUseCase issueWarning;
    private final AuthoriseMeasuresUseCase authoriseMeasures;
    private final RecordResidentInformedUseCase recordInformed;

    CaseEndpoints(JsonExchange json, RoleBeforeInput roleFirst, CommandInput input, ViewCaseQuery viewCase,
            IssueWarningUseCase issueWarning, AuthoriseMeasuresUseCase authoriseMeasures,
            RecordResidentInformedUseCase recordInformed) {
        this.json = json;
        this.roleFirst = roleFirst;
        this.input = input;
        this.viewCase = viewCase;
        this.issueWarning = issueWarning;
        this.authoriseMeasures = authoriseMeasures;
        this.recordInformed = recordInformed;
    }

    void register(RouteTable routes) {
        routes.get("/api/cases/{case}", CaseJson.class, ctx -> {
            CaseJson found = CaseJson.from(orFail(viewCase.viewCase(RequestSessions.me(ctx), PathParams.caseId(ctx))));
            ctx.header("ETag", CasePreconditions.etag(found.version()));
            json.write(ctx, 200, found);
        });
        routes.post(roleFirst.attempt("/api/cases/{case}/warnings",
                Task.ISSUE_WARNING), Results.WarningIssued.class, ctx -> {
            json.write(ctx, 201, Results.WarningIssued.from(orFail(roleFirst.parsed(ctx, Task.ISSUE_WARNING,
                    input.issueWarning(RequestSessions.me(ctx), PathParams.caseId(ctx), json.body(ctx)),
                    CasePreconditions::ifMatch)
                    .flatMap(issueWarning::issueWarning))));
        });
        routes.post(roleFirst.attempt("/api/cases/{case}/decisions",
                Task.AUTHORISE_MEASURES), Results.DecisionAuthorised.class, ctx -> {
            json.write(ctx, 201, Results.DecisionAuthorised.from(orFail(roleFirst.parsed(ctx, Task.AUTHORISE_MEASURES,
                    input.authorise(RequestSessions.me(ctx), PathParams.caseId(ctx), json.body(ctx)),
                    CasePreconditions::ifMatch)
                    .flatMap(authoriseMeasures::authorise))));
        });
        routes.post(roleFirst.attempt("/api/cases/{case}/decisions/{decision}/informed",
                Task.RECORD_RESIDENT_INFORMED), Results.LetterIssued.class, ctx -> {
            json.write(ctx, 200, Results.LetterIssued.from(orFail(roleFirst.parsed(ctx, Task.RECORD_RESIDENT_INFORMED,
                    input.recordInformed(RequestSessions.me(ctx), PathParams.caseId(ctx),
                            PathParams.decisionId(ctx), json.body(ctx)),
                    CasePreconditions::ifMatch)
                    .flatMap(recordInformed::recordResidentInformed))));
        });
    }
}

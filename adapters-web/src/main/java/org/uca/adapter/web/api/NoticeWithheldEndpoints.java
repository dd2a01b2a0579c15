package org.uca.adapter.web.api;

import static org.uca.adapter.web.http.Outcomes.orFail;

import io.javalin.http.Context;
import org.uca.adapter.web.api.json.Results;
import org.uca.adapter.web.api.json.WorkJson;
import org.uca.adapter.web.http.CasePreconditions;
import org.uca.adapter.web.http.PathParams;
import org.uca.adapter.web.http.RouteTable;
import org.uca.adapter.web.input.CommandInput;
import org.uca.adapter.web.security.RequestSessions;
import org.uca.adapter.web.security.RoleBeforeInput;
import org.uca.application.port.in.Task;
import org.uca.application.port.in.WithholdNoticeUseCase;
import org.uca.application.port.in.WorkQueuesQuery;

/**
 * Withholding notice of a decision from the resident, keeping it at its re-check or ending it (issue 15 §3), and
 * the work queue of notices withheld to re-check.
 */
final class NoticeWithheldEndpoints {

    private static final String AT = "/api/cases/{case}/decisions/{decision}/notice-withheld";

    private final JsonExchange json;
    private final RoleBeforeInput roleFirst;
    private final CommandInput input;
    private final WithholdNoticeUseCase withholdNotice;
    private final WorkQueuesQuery workQueues;

    NoticeWithheldEndpoints(JsonExchange json, RoleBeforeInput roleFirst, CommandInput input,
            WithholdNoticeUseCase withholdNotice, WorkQueuesQuery workQueues) {
        this.json = json;
        this.roleFirst = roleFirst;
        this.input = input;
        this.withholdNotice = withholdNotice;
        this.workQueues = workQueues;
    }

    void register(RouteTable routes) {
        routes.post(roleFirst.attempt(AT, Task.WITHHOLD_NOTICE), Results.NoticeWithheld.class, ctx -> json.write(ctx,
                201, Results.NoticeWithheld.from(PathParams.decisionId(ctx).number(), true,
                        orFail(roleFirst.parsed(ctx, Task.WITHHOLD_NOTICE, withholding(ctx), CasePreconditions::ifMatch)
                                .flatMap(withholdNotice::withholdNotice)))));
        routes.post(roleFirst.attempt(AT + "/kept", Task.WITHHOLD_NOTICE), Results.NoticeWithheld.class, ctx ->
                json.write(ctx, 200, Results.NoticeWithheld.from(PathParams.decisionId(ctx).number(), true,
                        orFail(roleFirst.parsed(ctx, Task.WITHHOLD_NOTICE, withholding(ctx), CasePreconditions::ifMatch)
                                .flatMap(withholdNotice::keepNoticeWithheld)))));
        routes.post(roleFirst.attempt(AT + "/ended", Task.WITHHOLD_NOTICE), Results.NoticeWithheld.class, ctx ->
                json.write(ctx, 200, Results.NoticeWithheld.from(PathParams.decisionId(ctx).number(), false,
                        orFail(roleFirst.parsed(ctx, Task.WITHHOLD_NOTICE, input.endNoticeWithheld(
                                        RequestSessions.me(ctx), PathParams.caseId(ctx), PathParams.decisionId(ctx),
                                        json.body(ctx)), CasePreconditions::ifMatch)
                                .flatMap(withholdNotice::endNoticeWithheld)))));
        routes.get("/api/work/notices-withheld", WorkJson.NoticesToRecheck.class, ctx -> json.write(ctx, 200,
                WorkJson.NoticesToRecheck.from(orFail(workQueues.noticesWithheldToRecheck(RequestSessions.me(ctx))))));
    }

    private io.vavr.control.Either<org.uca.domain.shared.Refusal, WithholdNoticeUseCase.Command> withholding(
            Context ctx) {
        return input.withholdNotice(RequestSessions.me(ctx), PathParams.caseId(ctx), PathParams.decisionId(ctx),
                json.body(ctx));
    }
}
